// With --trace-ops, an unhandled op rejection is traced as a failure and
// then reported as usual; the exit code is 1.
// needs: ops trace-ops rejections
// flags: --trace-ops
// expect-stderr: op_sleep
// expect-stderr: : Error Async
// expect-stderr: error: Uncaught (in promise) RangeError: op_sleep: delay must be a number of ms from 0 to 4294967295
// expect-exit: 1
Toy.core.ops.op_sleep(-5);
