// Async ops are traced three times: Dispatched when called, Completed when
// the call returns with its promise, CompletedAsync when the work is done;
// two sleeps in flight show both calls before either completion.
// needs: ops trace-ops
// flags: --trace-ops
// expect-stderr: op_sleep
// expect-stderr: : Dispatched Async
// expect-stderr: op_sleep
// expect-stderr: : Dispatched Async
// expect-stderr: op_sleep
// expect-stderr: : CompletedAsync Async
// expect-stderr: op_sleep
// expect-stderr: : CompletedAsync Async
const { op_sleep } = Toy.core.ops;
op_sleep(0);
op_sleep(30);
