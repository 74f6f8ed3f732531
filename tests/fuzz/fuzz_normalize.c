/* libFuzzer target for the path normaliser (toy_path_normalize). Input:
 * "BASE\nPATH". Checks what every caller relies on: the result is
 * absolute, has no empty, "." or ".." segment and no trailing slash, and
 * normalising it again changes nothing. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static void check(int ok) {
    if (!ok) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *text = malloc(size + 2);
    if (text == NULL) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    char *nl = memchr(text, '\n', size);
    const char *path = nl ? nl + 1 : text;
    if (nl) *nl = '\0';
    /* The base is always absolute where the runtime calls this. */
    char *base = malloc(strlen(text) + 2);
    if (base == NULL) { free(text); return 0; }
    base[0] = '/';
    strcpy(base + 1, nl ? text : "");

    char *out = toy_path_normalize(base, path);
    if (out != NULL) {
        size_t n = strlen(out);
        check(out[0] == '/');
        check(n == 1 || out[n - 1] != '/');
        check(strstr(out, "//") == NULL);
        check(strstr(out, "/./") == NULL && strstr(out, "/../") == NULL);
        check(!(n >= 2 && strcmp(out + n - 2, "/.") == 0));
        check(!(n >= 3 && strcmp(out + n - 3, "/..") == 0));
        check(strlen(out) <= strlen(base) + strlen(path) + 1);
        char *again = toy_path_normalize("/elsewhere", out);
        check(again != NULL && strcmp(again, out) == 0);
        free(again);
    }
    free(out);
    free(base);
    free(text);
    return 0;
}
