//@ 03-ops
/* op_table.c: every extension the runtime has. Adding an extension means
 * adding it here; its ops and JS files follow from its descriptor. */
#include "ops.h"

//> 03-ops extension-list
extern const toy_extension toy_ext_core;
extern const toy_extension toy_ext_timers;
//> 04-resources extension-list-fs
extern const toy_extension toy_ext_resources;
extern const toy_extension toy_ext_fs;
//< 04-resources extension-list-fs
//> 06-permissions extension-list-perms
extern const toy_extension toy_ext_permissions;
extern const toy_extension toy_ext_env;
//< 06-permissions extension-list-perms
//> 07-snapshots extension-list-snapshot
extern const toy_extension toy_ext_snapshot;
//< 07-snapshots extension-list-snapshot
//> 09-complete extension-list-globals
extern const toy_extension toy_ext_globals;
//< 09-complete extension-list-globals
//> 09-complete extension-list-fsx
extern const toy_extension toy_ext_fsx;
//< 09-complete extension-list-fsx
//> 09-complete extension-list-net
extern const toy_extension toy_ext_net;
//< 09-complete extension-list-net
//> 09-complete extension-list-http
extern const toy_extension toy_ext_http;
//< 09-complete extension-list-http
//> 09-complete extension-list-web
extern const toy_extension toy_ext_web;
//< 09-complete extension-list-web
//> 09-complete extension-list-process
extern const toy_extension toy_ext_process;
//< 09-complete extension-list-process

const toy_extension *const toy_extensions[] = {
    &toy_ext_core,
    &toy_ext_timers,
//> 04-resources extension-list-fs-entries
    &toy_ext_resources,
    &toy_ext_fs,
//< 04-resources extension-list-fs-entries
//> 06-permissions extension-list-perms-entries
    &toy_ext_permissions,
    &toy_ext_env,
//< 06-permissions extension-list-perms-entries
//> 07-snapshots extension-list-snapshot-entries
    &toy_ext_snapshot,
//< 07-snapshots extension-list-snapshot-entries
//> 09-complete extension-list-globals-entries
    &toy_ext_globals,
//< 09-complete extension-list-globals-entries
//> 09-complete extension-list-fsx-entries
    &toy_ext_fsx,
//< 09-complete extension-list-fsx-entries
//> 09-complete extension-list-net-entries
    &toy_ext_net,
//< 09-complete extension-list-net-entries
//> 09-complete extension-list-http-entries
    &toy_ext_http,
//< 09-complete extension-list-http-entries
//> 09-complete extension-list-web-entries
    &toy_ext_web,
//< 09-complete extension-list-web-entries
//> 09-complete extension-list-process-entries
    &toy_ext_process,
//< 09-complete extension-list-process-entries
};
//< 03-ops extension-list

const int toy_nextensions = sizeof toy_extensions / sizeof toy_extensions[0];
