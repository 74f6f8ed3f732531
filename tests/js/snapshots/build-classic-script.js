// The app is a classic script, not a module (V8 10.2 cannot put modules
// in a snapshot): an import statement is a SyntaxError and the build fails.
// needs: snapshots errors
// cmd: --build-snapshot ${DIR}/fixtures/imports.js -o /tmp/toyjs-test-snapshots-module.snap
// expect-error: Uncaught SyntaxError: Cannot use import statement outside a module
