// `--version` prints the runtime's version, then V8's.
// needs: cli
// cmd: --version
// expect-stdout: toyjs
// expect-stdout: v8 10.2.
