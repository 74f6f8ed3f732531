/* resolve.h: module specifiers, resolved the way Deno resolves local
 * ones. Pure C: no V8, no I/O, so it is tested on its own. */
#ifndef TOY_RESOLVE_H
#define TOY_RESOLVE_H

#ifdef __cplusplus
extern "C" {
#endif

enum {
    TOY_RESOLVE_OK = 0,
    TOY_RESOLVE_BARE = -1,      /* "lodash": not ./, ../, / nor a URL */
    TOY_RESOLVE_SCHEME = -2,    /* "https://...": a scheme toyjs cannot load */
    TOY_RESOLVE_NOMEM = -3,
};

/* Resolves specifier against the file:// URL of the module that imports
 * it, into a normalised file:// URL (malloc'd, in *out). Returns
 * TOY_RESOLVE_OK or one of the errors above. */
int toy_resolve(const char *specifier, const char *referrer, char **out);

/* Writes the message Deno gives for a resolution error into buf. */
void toy_resolve_error(int code, const char *specifier, char *buf, unsigned long len);

/* The file path a file:// URL names, percent-decoded (malloc'd), or NULL
 * when url is not a file:// URL. */
char *toy_url_to_path(const char *url);

#ifdef __cplusplus
}
#endif

#endif
