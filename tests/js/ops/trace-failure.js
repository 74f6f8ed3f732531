// A failed op's completion line ends with its error class instead of "ok".
// Promise ids are shared by all async ops and count up from 1.
// needs: ops trace-ops
// flags: --trace-ops
// expect-stderr: dispatch  Async op_crc32 #1
// expect-stderr: complete  Async op_crc32 #1 ok
// expect-stderr: dispatch  Async op_sleep #2
// expect-stderr: complete  Async op_sleep #2 RangeError
// expect-stderr: dispatch  Slow  op_print
// expect: caught RangeError
(async () => {
  await Toy.core.ops.op_crc32(new Uint8Array(4));
  try {
    await Toy.core.ops.op_sleep(-1);
  } catch (e) {
    print("caught", e.name);
  }
})();
