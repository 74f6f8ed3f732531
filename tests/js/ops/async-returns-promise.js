// An async op returns a Promise at once; it settles later, from the event
// loop, after the rest of the script has run.
// needs: ops
// expect: true true
// expect: script done
// expect: sleep settled
// expect: crc settled
const { op_sleep, op_crc32 } = Toy.core.ops;
const sleeping = op_sleep(0);
const hashing = op_crc32(new Uint8Array(16));
print(sleeping instanceof Promise, hashing instanceof Promise);
(async () => {
  await sleeping;
  print("sleep settled");
  await hashing;
  print("crc settled");
})();
print("script done");
