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
//> 06-permissions omit
extern const toy_extension toy_ext_permissions;
extern const toy_extension toy_ext_env;
//< 06-permissions omit
//> 07-snapshots extension-list-snapshot
extern const toy_extension toy_ext_snapshot;
//< 07-snapshots extension-list-snapshot
//> 09-console extension-list-console
extern const toy_extension toy_ext_console;
//< 09-console extension-list-console
//> 10-globals extension-list-globals
extern const toy_extension toy_ext_globals;
//< 10-globals extension-list-globals
//> 11-files extension-list-fsx
extern const toy_extension toy_ext_fs_files;
extern const toy_extension toy_ext_process;
//< 11-files extension-list-fsx
//> 12-tcp extension-list-net
extern const toy_extension toy_ext_net;
//< 12-tcp extension-list-net
//> 13-http extension-list-http
extern const toy_extension toy_ext_http;
//< 13-http extension-list-http
//> 14-fetch extension-list-web
extern const toy_extension toy_ext_web;
//< 14-fetch extension-list-web
//> 15-tls extension-list-tls
extern const toy_extension toy_ext_tls;
//< 15-tls extension-list-tls
//> 16-repl extension-list-repl
extern const toy_extension toy_ext_repl;
//< 16-repl extension-list-repl
//> 17-streams omit
extern const toy_extension toy_ext_streams;
//< 17-streams omit
//> 17-streams extension-list-compression
extern const toy_extension toy_ext_compression;
//< 17-streams extension-list-compression
//> 18-pipes omit
extern const toy_extension toy_ext_pipes;
//< 18-pipes omit
//> 19-workers extension-list-workers
extern const toy_extension toy_ext_workers;
//< 19-workers extension-list-workers

const toy_extension *const toy_extensions[] = {
    &toy_ext_core,
    &toy_ext_timers,
//> 04-resources extension-list-fs-entries
    &toy_ext_resources,
    &toy_ext_fs,
//< 04-resources extension-list-fs-entries
//> 06-permissions omit
    &toy_ext_permissions,
    &toy_ext_env,
//< 06-permissions omit
//> 07-snapshots extension-list-snapshot-entries
    &toy_ext_snapshot,
//< 07-snapshots extension-list-snapshot-entries
//> 09-console extension-list-console-entries
    &toy_ext_console,
//< 09-console extension-list-console-entries
//> 10-globals extension-list-globals-entries
    &toy_ext_globals,
//< 10-globals extension-list-globals-entries
//> 11-files extension-list-fsx-entries
    &toy_ext_fs_files,
    &toy_ext_process,
//< 11-files extension-list-fsx-entries
//> 12-tcp extension-list-net-entries
    &toy_ext_net,
//< 12-tcp extension-list-net-entries
//> 13-http extension-list-http-entries
    &toy_ext_http,
//< 13-http extension-list-http-entries
//> 14-fetch extension-list-web-entries
    &toy_ext_web,
//< 14-fetch extension-list-web-entries
//> 15-tls extension-list-tls-entries
    &toy_ext_tls,
//< 15-tls extension-list-tls-entries
//> 16-repl extension-list-repl-entries
    &toy_ext_repl,
//< 16-repl extension-list-repl-entries
//> 17-streams omit
    &toy_ext_streams,
//< 17-streams omit
//> 17-streams extension-list-compression-entries
    &toy_ext_compression,
//< 17-streams extension-list-compression-entries
//> 18-pipes omit
    &toy_ext_pipes,
//< 18-pipes omit
//> 19-workers extension-list-workers-entries
    &toy_ext_workers,
//< 19-workers extension-list-workers-entries
};
//< 03-ops extension-list

const int toy_nextensions = sizeof toy_extensions / sizeof toy_extensions[0];
