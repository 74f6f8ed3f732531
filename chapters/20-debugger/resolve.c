/* resolve.c: specifier + referrer -> URL (see resolve.h). */
#include "resolve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The value of a hex digit, or -1. */
static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* A malloc'd copy of s[0..n) with %XX escapes decoded. */
static char *percent_decode(const char *s, size_t n) {
    char *out = malloc(n + 1), *w = out;
    if (out == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' && i + 2 < n && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            *w++ = (char)(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            *w++ = s[i];
        }
    }
    *w = '\0';
    return out;
}

char *toy_url_to_path(const char *url) {
    if (strncmp(url, "file://", 7) != 0) return NULL;
    const char *path = url + 7;
    if (*path != '/') return NULL;                 /* file://host/... */
    size_t n = strcspn(path, "?#");                /* the query is not a path */
    return percent_decode(path, n);
}

/* True when the specifier starts with a URL scheme ("file:", "https:"). */
static int has_scheme(const char *s) {
    const char *p = s;
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) return 0;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
           (*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.')
        p++;
    return *p == ':' && p - s > 1;                 /* "c:" would be a drive */
}

int toy_resolve(const char *specifier, const char *referrer, char **out) {
    char *path = NULL;
    *out = NULL;
    if (strncmp(specifier, "file:", 5) == 0) {
        path = toy_url_to_path(specifier);
        if (path == NULL) return TOY_RESOLVE_SCHEME;
    } else if (has_scheme(specifier)) {
        return TOY_RESOLVE_SCHEME;
    } else if (specifier[0] == '/') {
        path = percent_decode(specifier, strcspn(specifier, "?#"));
    } else if (strncmp(specifier, "./", 2) == 0 || strncmp(specifier, "../", 3) == 0 ||
               strcmp(specifier, ".") == 0 || strcmp(specifier, "..") == 0) {
        /* Relative to the directory of the importing module. */
        char *base = toy_url_to_path(referrer);
        if (base == NULL) return TOY_RESOLVE_SCHEME;
        char *slash = strrchr(base, '/');
        slash[1] = '\0';                           /* keep "/dir/" */
        char *rel = percent_decode(specifier, strcspn(specifier, "?#"));
        path = rel ? malloc(strlen(base) + strlen(rel) + 1) : NULL;
        if (path != NULL) sprintf(path, "%s%s", base, rel);
        free(base);
        free(rel);
    } else {
        return TOY_RESOLVE_BARE;
    }
    if (path == NULL) return TOY_RESOLVE_NOMEM;
    /* toy_path_to_file_url drops "." and ".." and encodes what needs it;
     * a query or fragment stays on the URL (so "./m.js?v=2" is a module
     * of its own, as on the web), though it names no part of the file. */
    char *url = toy_path_to_file_url(path);
    free(path);
    const char *suffix = specifier + strcspn(specifier, "?#");
    *out = url ? malloc(strlen(url) + strlen(suffix) + 1) : NULL;
    if (*out != NULL) sprintf(*out, "%s%s", url, suffix);
    free(url);
    return *out ? TOY_RESOLVE_OK : TOY_RESOLVE_NOMEM;
}

void toy_resolve_error(int code, const char *specifier, char *buf, unsigned long len) {
    switch (code) {
    case TOY_RESOLVE_BARE:
        snprintf(buf, len, "Relative import path \"%s\" not prefixed with / or ./ or ../",
                 specifier);
        break;
    case TOY_RESOLVE_SCHEME:
        snprintf(buf, len, "Unsupported scheme in \"%s\": toyjs loads only file: modules",
                 specifier);
        break;
    default:
        snprintf(buf, len, "out of memory resolving \"%s\"", specifier);
        break;
    }
}
