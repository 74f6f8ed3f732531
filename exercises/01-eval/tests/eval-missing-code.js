// `-e` with nothing after it is a usage error: exit code 2.
// cmd: -e
// expect-stderr: error: a value is required for '--eval <CODE>' but none was supplied
// expect-exit: 2
