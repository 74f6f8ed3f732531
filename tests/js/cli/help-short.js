// `-h` is the short form of `--help`.
// needs: cli
// cmd: -h
// expect-stdout: Usage: toyjs
