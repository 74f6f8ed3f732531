// Throwing something that is not an Error prints it with String(); with
// no stack to show, the caret and the location point at the throw.
// needs: errors
// expect-error: Uncaught 42
// expect-stderr-line: throw 42;
// expect-stderr-line: ^
// expect-stderr-line:     at ${URL}:8:1
throw 42;
