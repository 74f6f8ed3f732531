// Toy.core.ops after a start from the snapshot: one function per op, named
// for it, each calling into C (OpCallback, found again through the
// snapshot's external references), sync and async alike.
// needs: snapshots
// expect: every op a function named for itself: true
// expect: op_add 5
// expect: op_crc32 d4a1185
const ops = Toy.core.ops;
const names = Object.keys(ops);
print("every op a function named for itself:",
      names.length > 10 && names.every((n) => typeof ops[n] === "function" && ops[n].name === n));
print("op_add", ops.op_add(2, 3));
ops.op_crc32(bytes("hello world")).then((crc) => print("op_crc32", crc.toString(16)));
function bytes(s) {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
