/* op_streams.c: the streams extension. The WHATWG Streams standard is
 * all JavaScript (js/18_streams.js) and needs no op of its own; what it
 * asks of V8 (detaching an ArrayBuffer) is in globals.cc. It comes after
 * "web" for AbortController, which a WritableStream's controller holds. */
#include "ops.h"

static const char *const streams_deps[] = { "globals", "web", NULL };
static const char *const streams_js[] = { "js/18_streams.js", NULL };

const toy_extension toy_ext_streams = {
    .name = "streams", .deps = streams_deps, .js = streams_js,
};
