// -o with nothing after it is a usage error naming the option.
// needs: snapshots cli
// cmd: --build-snapshot -o
// expect-error: a value is required for '-o <FILE>' but none was supplied
// expect-exit: 2
