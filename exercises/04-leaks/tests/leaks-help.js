// --help lists the new option.
// cmd: --help
// expect-stdout: --check-leaks
