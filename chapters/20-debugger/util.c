/* util.c: reading files and turning paths into file:// URLs. */
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int toy_read_file(const char *path, char **out, size_t *out_len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) return -errno;

    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    if (buf == NULL) { fclose(f); return -ENOMEM; }
    for (;;) {
        if (cap - len < 2) {               /* keep room for the NUL */
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) { free(buf); fclose(f); return -ENOMEM; }
            buf = bigger;
            cap *= 2;
        }
        size_t n = fread(buf + len, 1, cap - len - 1, f);
        len += n;
        if (n == 0) break;
    }
    int err = ferror(f) ? -(errno ? errno : EIO) : 0;
    fclose(f);
    if (err != 0) { free(buf); return err; }
    buf[len] = '\0';
    *out = buf;
    *out_len = len;
    return 0;
}

/* (see util.h) Walks the joined path one segment at a time, keeping a
 * stack of the segments so far in out. */
char *toy_path_normalize(const char *base, const char *path) {
    if (path[0] == '/') base = "";
    size_t cap = strlen(base) + strlen(path) + 3;
    char *joined = malloc(cap), *out = malloc(cap);
    if (joined == NULL || out == NULL) { free(joined); free(out); return NULL; }
    snprintf(joined, cap, "%s/%s", base, path);

    size_t len = 0;                        /* out holds "/seg/seg", no slash at end */
    char *rest = NULL;
    for (char *seg = strtok_r(joined, "/", &rest); seg != NULL; seg = strtok_r(NULL, "/", &rest)) {
        if (strcmp(seg, ".") == 0) continue;
        if (strcmp(seg, "..") == 0) {      /* climb one level; "/.." stays "/" */
            while (len > 0 && out[len - 1] != '/') len--;
            if (len > 0) len--;
            continue;
        }
        out[len++] = '/';
        memcpy(out + len, seg, strlen(seg));
        len += strlen(seg);
    }
    if (len == 0) out[len++] = '/';
    out[len] = '\0';
    free(joined);
    return out;
}

/* True for the bytes a file URL's path may hold as they are. */
static int url_safe(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || strchr("/-._~!$&'()*+,;=:@", c) != NULL;
}

char *toy_path_to_file_url(const char *path) {
    char *cwd = path[0] == '/' ? NULL : getcwd(NULL, 0);
    if (path[0] != '/' && cwd == NULL) return NULL;
    char *abs = toy_path_normalize(cwd ? cwd : "/", path);
    free(cwd);
    if (abs == NULL) return NULL;
    char *url = malloc(strlen("file://") + 3 * strlen(abs) + 1);
    if (url == NULL) { free(abs); return NULL; }
    char *w = url + sprintf(url, "file://");
    for (const unsigned char *p = (const unsigned char *)abs; *p; p++) {
        if (url_safe(*p)) *w++ = (char)*p;
        else w += sprintf(w, "%%%02X", *p);
    }
    *w = '\0';
    free(abs);
    return url;
}
