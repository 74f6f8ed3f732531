// op_crc32 returns a u32: CRC-32 (IEEE) of "123456789" is the standard
// check value 0xCBF43926, which is above 2^31 and must come back positive.
// The empty input's CRC is 0.
// needs: ops
// expect: 3421780262 true
// expect: 1095738169
// expect: 0
const { op_crc32 } = Toy.core.ops;
const bytes = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
(async () => {
  const check = await op_crc32(bytes("123456789"));
  print(check, check === 0xcbf43926);
  print(await op_crc32(bytes("The quick brown fox jumps over the lazy dog")));
  print(await op_crc32(new Uint8Array(0)));
})();
