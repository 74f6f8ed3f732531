// op_crc32_update(crc, bytes), a sync op of the compression extension,
// returns the CRC-32 of the bytes crc was computed over followed by
// bytes: a running value, started at 0, as zlib's crc32() keeps it. No
// bytes leave the CRC as it is, whatever it is (zlib's crc32() answers 0
// for a null buffer, and an empty array may have none). It is a sync op
// that returns a number from 0 to 2**32 - 1.
// needs: streams
// expect: function
// expect: 00000000
// expect: cbf43926
// expect: cbf43926
// expect: empty after cbf43926: cbf43926
// expect: empty after 00000000: 00000000
// expect: empty after ffffffff: ffffffff
// expect: number true
import { bytes, hex } from "./_crc.js";
const { op_crc32_update } = Toy.core.ops;
print(typeof op_crc32_update);
print(hex(op_crc32_update(0, new Uint8Array(0))));
print(hex(op_crc32_update(0, bytes("123456789"))));
print(hex(op_crc32_update(op_crc32_update(0, bytes("1234")), bytes("56789"))));
for (const crc of [0xcbf43926, 0, 0xffffffff]) {
  print(`empty after ${hex(crc)}: ${hex(op_crc32_update(crc, new Uint8Array(0)))}`);
}
const value = op_crc32_update(0, bytes("The quick brown fox jumps over the lazy dog"));
print(typeof value, value === 0x414fa339);
