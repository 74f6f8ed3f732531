// `--v8-flags=--help`, the command toyjs suggests when V8 does not know a
// flag, lists V8's flags and exits 0 without needing a script. (V8
// prints the list and returns; with no script there is nothing more to
// do, which is not an error.)
// needs: cli
// cmd: --v8-flags=--help
// expect-stdout: --expose-gc
