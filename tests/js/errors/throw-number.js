// Throwing something that is not an Error prints it with String(); with
// no stack to show, the caret and the location point at the throw.
// needs: errors !modules
// (A classic script: chapters 01-04. In a module V8 turns the throw into
// a rejection of the module's evaluation, which carries no location.)
// expect-error: Uncaught 42
// expect-stderr-line: throw 42;
// expect-stderr-line: ^
// expect-stderr-line:     at ${URL}:10:1
throw 42;
