/* op_snapshot.c: the "snapshot" extension: no ops, only Toy.snapshot
 * (js/07_snapshot.js), which the bridge backs with setSnapshotMain. */
#include "ops.h"

static const char *const snapshot_deps[] = { "core", NULL };
static const char *const snapshot_js[] = { "js/07_snapshot.js", NULL };

const toy_extension toy_ext_snapshot = {
    .name = "snapshot", .deps = snapshot_deps, .js = snapshot_js,
};
