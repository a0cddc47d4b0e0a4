#ifndef PORTAL_SYSTEM_H
#define PORTAL_SYSTEM_H

/// Atomically swaps two paths (files or folders) with Linux's
/// renameat2(RENAME_EXCHANGE): at every instant each path names a complete
/// tree. Returns 0, or -1 with errno set (ENOSYS/EINVAL where the kernel or
/// file system cannot do it; callers then fall back to two renames).
int portal_exchange_paths(const char *first, const char *second);

#endif
