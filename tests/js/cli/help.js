// `--help` prints the usage on stdout and exits 0 without running a file.
// needs: cli
// cmd: --help
// expect-stdout: Usage: toyjs
