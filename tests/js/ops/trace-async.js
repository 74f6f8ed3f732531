// Async ops are traced with their promise id: dispatch when they start,
// complete when they settle, so two sleeps in flight show as two
// dispatches followed by two completions, each id matching.
// needs: ops trace-ops
// flags: --trace-ops
// expect-stderr: dispatch  Async op_sleep #1
// expect-stderr: dispatch  Async op_sleep #2
// expect-stderr: complete  Async op_sleep #1 ok
// expect-stderr: complete  Async op_sleep #2 ok
const { op_sleep } = Toy.core.ops;
op_sleep(0);
op_sleep(30);
