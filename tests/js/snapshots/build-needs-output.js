// --build-snapshot without -o is a usage error: exit 2, before anything
// runs (this file would print if it ran).
// needs: snapshots cli
// cmd: --build-snapshot ${FILE}
// expect-error: '--build-snapshot' needs an app and an output: --build-snapshot APP.js -o APP.snap
// expect-stderr: Usage: toyjs [OPTIONS] FILE [ARGS]...
// expect-exit: 2
print("the app ran");
