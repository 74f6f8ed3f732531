// `-V` is the short form of `--version`.
// needs: cli
// cmd: -V
// expect-stdout: toyjs
// expect-stdout: v8 10.2.
