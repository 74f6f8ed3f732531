/* op_table.c: every extension the runtime has. Adding an extension means
 * adding it here; its ops and JS files follow from its descriptor. */
#include "ops.h"

extern const toy_extension toy_ext_core;
extern const toy_extension toy_ext_timers;
extern const toy_extension toy_ext_resources;
extern const toy_extension toy_ext_fs;
extern const toy_extension toy_ext_permissions;
extern const toy_extension toy_ext_env;
extern const toy_extension toy_ext_snapshot;
extern const toy_extension toy_ext_console;
extern const toy_extension toy_ext_globals;
extern const toy_extension toy_ext_fs_files;
extern const toy_extension toy_ext_process;
extern const toy_extension toy_ext_net;
extern const toy_extension toy_ext_http;
extern const toy_extension toy_ext_web;
extern const toy_extension toy_ext_tls;
extern const toy_extension toy_ext_repl;
extern const toy_extension toy_ext_streams;
extern const toy_extension toy_ext_compression;
extern const toy_extension toy_ext_pipes;
extern const toy_extension toy_ext_workers;

const toy_extension *const toy_extensions[] = {
    &toy_ext_core,
    &toy_ext_timers,
    &toy_ext_resources,
    &toy_ext_fs,
    &toy_ext_permissions,
    &toy_ext_env,
    &toy_ext_snapshot,
    &toy_ext_console,
    &toy_ext_globals,
    &toy_ext_fs_files,
    &toy_ext_process,
    &toy_ext_net,
    &toy_ext_http,
    &toy_ext_web,
    &toy_ext_tls,
    &toy_ext_repl,
    &toy_ext_streams,
    &toy_ext_compression,
    &toy_ext_pipes,
    &toy_ext_workers,
};

const int toy_nextensions = sizeof toy_extensions / sizeof toy_extensions[0];
