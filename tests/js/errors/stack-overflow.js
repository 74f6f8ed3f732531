// Unbounded recursion ends in a RangeError, reported like any other.
// needs: errors
// expect-error: Uncaught RangeError: Maximum call stack size exceeded
function f() { f(); }
f();
