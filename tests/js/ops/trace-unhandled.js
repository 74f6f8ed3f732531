// With --trace-ops, an unhandled op rejection is traced as a failure and
// then reported as usual; the exit code is 1.
// needs: ops trace-ops rejections
// flags: --trace-ops
// expect-stderr: complete  Async op_sleep #1 RangeError
// expect-stderr: error: Uncaught (in promise) RangeError: op_sleep: delay must be 0 to 2^32-1 ms
// expect-exit: 1
Toy.core.ops.op_sleep(-5);
