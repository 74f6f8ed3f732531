// An app file that does not exist is reported as a missing main module
// would be, exit 1.
// needs: snapshots
// cmd: --build-snapshot /nonexistent/toyjs-app.js -o /tmp/toyjs-test-snapshots-missing.snap
// expect-error: Module not found "file:///nonexistent/toyjs-app.js".
