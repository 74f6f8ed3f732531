// Uncaught, the strict-mode ReferenceError is reported like any other,
// with V8's position: the assignment's `=`.
// needs: modules errors
// expect-error: Uncaught ReferenceError: total is not defined
// expect-stderr-line: total = 42;
// expect-stderr-line:       ^
// expect-stderr-line:     at ${URL}:8:7
total = 42;
