// Work on the threadpool keeps the process alive too: the runtime waits
// for op_crc32 to come back before it exits.
// needs: ops
// expect: 3421780262
Toy.core.ops.op_crc32(Uint8Array.from("123456789", (c) => c.charCodeAt(0)))
  .then((crc) => print(crc));
