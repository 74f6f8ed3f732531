/* walk.h: touching the path that was checked, and nothing else.
 *
 * A permission check (permissions.c) judges a path's canonical form:
 * absolute, with every symlink in it resolved. The op's work comes later,
 * often on another thread. Handing the kernel the path as the program
 * wrote it would resolve its links again, and a folder swapped for a link
 * in between would take the op where no check looked. So the work opens
 * the canonical path instead, one name at a time from "/", each relative
 * to the folder before it and never following a link. A canonical path
 * has no links in it: one found on the way means the path changed after
 * its check, and the walk fails with ELOOP rather than follow it.
 *
 * Plain C and POSIX *at calls (O_PATH is Linux's), no V8: safe on any
 * thread. */
#ifndef TOY_WALK_H
#define TOY_WALK_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The folder that holds the last name of path (a canonical path), opened
 * as a handle for the *at calls: unlinkat(dir, *name, ...). *name points
 * into path ("." when path is "/"). mkdir_mode >= 0 makes each missing
 * folder on the way, as mkdir -p does; -1 makes none. Returns the
 * descriptor (close it), or -1 with errno: ELOOP when a link stands where
 * the check saw none, else as the kernel would say (ENOENT, ENOTDIR). */
int toy_walk_parent(const char *path, const char **name, int mkdir_mode);

/* open(2) of a canonical path, reached by toy_walk_parent and opened with
 * O_NOFOLLOW: what is opened is what was checked. -1 with errno as above;
 * a link at the end is ELOOP too (O_PATH only with O_DIRECTORY). */
int toy_walk_open(const char *path, int flags, unsigned mode);

/* The whole file at a canonical path, read through toy_walk_open, for a
 * reader that is not an op (the module loader): a malloc'd,
 * NUL-terminated copy in *out. 0, or -errno, as toy_read_file. */
int toy_walk_read(const char *path, char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
