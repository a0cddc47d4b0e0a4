#define _GNU_SOURCE
#include "portal_system.h"
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#if __has_include(<linux/openat2.h>)
#include <linux/openat2.h>
#endif
#endif

int portal_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    /* 2 is RENAME_EXCHANGE; glibc's wrapper is not visible to Swift. */
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, 2);
#else
    (void)first;
    (void)second;
    errno = ENOSYS;
    return -1;
#endif
}

int portal_open_without_links(const char *path) {
#if defined(__linux__) && defined(SYS_openat2) && defined(RESOLVE_NO_SYMLINKS)
    struct open_how how = { .flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_NO_SYMLINKS };
    return (int)syscall(SYS_openat2, AT_FDCWD, path, &how, sizeof how);
#else
    (void)path;
    errno = ENOSYS;
    return -1;
#endif
}

long portal_directory_entries(int directory, void *buffer, unsigned long size) {
#if defined(__linux__) && defined(SYS_getdents64)
    return syscall(SYS_getdents64, directory, buffer, size);
#else
    (void)directory;
    (void)buffer;
    (void)size;
    errno = ENOSYS;
    return -1;
#endif
}

/* The kernel's struct linux_dirent64: glibc declares it for its own use only. */
struct portal_dirent64 {
    uint64_t d_ino;
    int64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

const char *portal_directory_entry(const void *buffer, long offset, long *next) {
    const struct portal_dirent64 *entry = (const struct portal_dirent64 *)((const char *)buffer + offset);
    *next = offset + entry->d_reclen;
    return entry->d_name;
}

unsigned char portal_directory_entry_type(const void *buffer, long offset) {
    return ((const struct portal_dirent64 *)((const char *)buffer + offset))->d_type;
}
