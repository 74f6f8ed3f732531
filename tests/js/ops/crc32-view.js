// A Uint8Array that is a view into part of a bigger buffer passes only
// its own bytes: the offset and length of the view are respected.
// needs: ops
// expect: 3421780262 3421780262
const { op_crc32 } = Toy.core.ops;
const whole = new Uint8Array(32).fill(0xff);
for (let i = 0; i < 9; i++) whole[7 + i] = 0x31 + i;   // "123456789"
const view = whole.subarray(7, 16);
const alsoView = new Uint8Array(whole.buffer, 7, 9);
Promise.all([op_crc32(view), op_crc32(alsoView)]).then((crcs) => print(...crcs));
