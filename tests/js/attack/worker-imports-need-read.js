// The modules a worker's module imports are read as it is, with the
// creating thread's read permission: granted the worker's file alone, an
// import of a file outside the grant is refused and no code runs.
// needs: workers perms
// perms: --allow-read=${DIR}/fixtures/workers/imports-secret.js
// expect-stderr: Requires read access to "
// expect-stderr: fixtures/secret/mod.js"
// expect-exit: 1
new Worker(new URL("./fixtures/workers/imports-secret.js", import.meta.url), { type: "module" });
