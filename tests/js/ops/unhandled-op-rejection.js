// A rejected op promise that nobody handles is reported like any other
// unhandled rejection, with the line that started the op; exit code 1.
// needs: ops rejections
// expect-error: Uncaught (in promise) RangeError: op_sleep: delay must be a number of ms from 0 to 4294967295
// expect-stderr-line: Toy.core.ops.op_sleep(-1);
// expect-stderr-line:              ^
// expect-stderr-line:     at ${URL}:8:14
Toy.core.ops.op_sleep(-1);
