// An op done at once still counts as an async op that was dispatched,
// pending, and completed, and --trace-ops shows it complete as async ops
// do; at no moment is anything left pending.
// needs: fastcalls trace-ops
// flags: --trace-ops
// expect-stderr: op_void_async
// expect-stderr: : Dispatched Async
// expect-stderr: op_void_async
// expect-stderr: : Completed Async
// expect-stderr: op_void_async
// expect-stderr: : CompletedAsync Async
// expect: {"dispatched":3,"completed":3,"failed":0,"slow":0,"async":3,"fast":0} pending 0
const { op_void_async } = Toy.core.ops;
await op_void_async();
await op_void_async();
const last = op_void_async();
const m = Toy.core.metrics();
print(JSON.stringify(m.ops.op_void_async), "pending", m.opsPending);
await last;
