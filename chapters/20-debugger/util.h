/* util.h: small helpers every chapter's C code shares. */
#ifndef TOY_UTIL_H
#define TOY_UTIL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Reads the whole file at path into a NUL-terminated buffer the caller
 * frees. Returns 0, or a negative errno value (-ENOENT, ...) on failure. */
int toy_read_file(const char *path, char **out, size_t *out_len);

/* Joins path to the absolute directory base (unless path is absolute
 * itself) and drops "." and ".." segments and repeated slashes:
 * ("/srv", "./a/../b.js") gives "/srv/b.js", and ".." never climbs above
 * "/". Pure string work: the file system is not asked. Malloc'd, or NULL
 * when out of memory. */
char *toy_path_normalize(const char *base, const char *path);

/* Writes "file:///abs/path" for path (made absolute against the working
 * directory, with characters a URL cannot hold percent-encoded) into a
 * buffer the caller frees. Returns NULL when out of memory. */
char *toy_path_to_file_url(const char *path);

#ifdef __cplusplus
}
#endif

#endif
