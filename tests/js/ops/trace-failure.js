// A failed op says Error instead of Completed: op_sleep(-1) fails while it
// is called, before it goes async, so its call returns with an error.
// needs: ops trace-ops
// flags: --trace-ops
// expect-stderr: op_crc32
// expect-stderr: : Dispatched Async
// expect-stderr: op_crc32
// expect-stderr: : CompletedAsync Async
// expect-stderr: op_sleep
// expect-stderr: : Dispatched Async
// expect-stderr: op_sleep
// expect-stderr: : Error Async
// expect-stderr: op_print
// expect-stderr: : Dispatched Slow
// expect: caught RangeError
(async () => {
  await Toy.core.ops.op_crc32(new Uint8Array(4));
  try {
    await Toy.core.ops.op_sleep(-1);
  } catch (e) {
    print("caught", e.name);
  }
})();
