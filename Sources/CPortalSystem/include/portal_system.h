#ifndef PORTAL_SYSTEM_H
#define PORTAL_SYSTEM_H

/// Atomically swaps two paths (files or folders) with Linux's
/// renameat2(RENAME_EXCHANGE): at every instant each path names a complete
/// tree. Returns 0, or -1 with errno set (ENOSYS/EINVAL where the kernel or
/// file system cannot do it; callers then fall back to two renames).
int portal_exchange_paths(const char *first, const char *second);

/// Opens `path` read-only only if no part of it is a symbolic link (Linux's
/// openat2 with RESOLVE_NO_SYMLINKS): a file opened so is where its path
/// says, with no `/proc/self/fd` look-up to prove it. Returns the
/// descriptor, or -1 with errno set (ELOOP when a link is on the way;
/// ENOSYS where the kernel has no openat2: callers then open as before).
int portal_open_without_links(const char *path);

#endif
