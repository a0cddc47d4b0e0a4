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

/// Reads the next entries of the folder open as `directory` into `buffer`
/// with Linux's getdents64 (one call for a whole small folder, on the
/// descriptor itself: no dup, fcntl or stream as fdopendir makes). Returns
/// the bytes read (0 at the end), or -1 with errno set (ENOSYS elsewhere).
/// `portal_directory_entry` walks them.
long portal_directory_entries(int directory, void *buffer, unsigned long size);

/// The entry at `offset` in what `portal_directory_entries` read: its name
/// (NUL-terminated, inside `buffer`) and the offset of the next entry.
const char *portal_directory_entry(const void *buffer, long offset, long *next);

/// The kind of the entry at `offset` as the file system told it (`DT_DIR`,
/// `DT_REG`, `DT_LNK`…; `DT_UNKNOWN` where it does not say): a folder
/// listed for its subfolders needs no `stat` per entry.
unsigned char portal_directory_entry_type(const void *buffer, long offset);

#endif
