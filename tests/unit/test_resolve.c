/* Unit tests for module resolution (src/resolve.c). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "resolve.h"

/* Resolves and compares; "" as want means: must fail with code. */
static int resolves(const char *spec, const char *referrer, const char *want) {
    char *got = NULL;
    int rc = toy_resolve(spec, referrer, &got);
    int ok = rc == 0 && got != NULL && strcmp(got, want) == 0;
    free(got);
    return ok;
}

static int fails(const char *spec, const char *referrer, int code) {
    char *got = NULL;
    int rc = toy_resolve(spec, referrer, &got);
    free(got);
    return rc == code && got == NULL;
}

static void relative_specifiers(void) {
    const char *ref = "file:///app/src/main.js";
    CHECK(resolves("./a.js", ref, "file:///app/src/a.js"));
    CHECK(resolves("../lib/b.js", ref, "file:///app/lib/b.js"));
    CHECK(resolves("./x/../y/./z.js", ref, "file:///app/src/y/z.js"));
    CHECK(resolves("../../../../etc/c.js", ref, "file:///etc/c.js"));  /* stops at / */
    CHECK(resolves(".", ref, "file:///app/src"));
}

static void absolute_and_file_urls(void) {
    const char *ref = "file:///app/main.js";
    CHECK(resolves("/opt/m.js", ref, "file:///opt/m.js"));
    CHECK(resolves("file:///opt/../srv/m.js", ref, "file:///srv/m.js"));
    CHECK(resolves("/a%20b/c.js", ref, "file:///a%20b/c.js"));
    CHECK(resolves("./with space.js", ref, "file:///app/with%20space.js"));
}

static void percent_encoded_referrer(void) {
    CHECK(resolves("./b.js", "file:///my%20dir/a.js", "file:///my%20dir/b.js"));
}

static void bare_and_other_schemes(void) {
    const char *ref = "file:///app/main.js";
    CHECK(fails("lodash", ref, TOY_RESOLVE_BARE));
    CHECK(fails("a.js", ref, TOY_RESOLVE_BARE));
    CHECK(fails(".hidden.js", ref, TOY_RESOLVE_BARE));
    CHECK(fails("https://example.com/m.js", ref, TOY_RESOLVE_SCHEME));
    CHECK(fails("node:fs", ref, TOY_RESOLVE_SCHEME));
    CHECK(fails("file://host/m.js", ref, TOY_RESOLVE_SCHEME));
}

static void query_and_fragment_kept(void) {
    CHECK(resolves("./a.js?v=1#x", "file:///app/main.js", "file:///app/a.js?v=1#x"));
    CHECK(resolves("./b.js", "file:///app/main.js?v=1", "file:///app/b.js"));
}

static void url_to_path(void) {
    char *p = toy_url_to_path("file:///a%20b/c%2Fd.js");
    CHECK(p != NULL && strcmp(p, "/a b/c/d.js") == 0);
    free(p);
    CHECK(toy_url_to_path("https://x/y") == NULL);
    p = toy_url_to_path("file:///bad%zzescape");
    CHECK(p != NULL && strcmp(p, "/bad%zzescape") == 0);
    free(p);
}

static void error_messages(void) {
    char buf[200];
    toy_resolve_error(TOY_RESOLVE_BARE, "lodash", buf, sizeof buf);
    CHECK(strcmp(buf, "Relative import path \"lodash\" not prefixed with / or ./ or ../") == 0);
}

int main(void) {
    RUN(relative_specifiers);
    RUN(absolute_and_file_urls);
    RUN(percent_encoded_referrer);
    RUN(bare_and_other_schemes);
    RUN(query_and_fragment_kept);
    RUN(url_to_path);
    RUN(error_messages);
    return check_failed;
}
