// An async op's Uint8Array stays alive until the op settles, even when the
// script drops its last reference and the collector runs while the
// threadpool is still reading it. 8 MiB of a pattern: the CRC from C must
// match one computed here in JS, and JS keeps running meanwhile.
// needs: ops
// flags: --v8-flags=--expose-gc
// expect: meanwhile
// expect: ok
function crc32(bytes) {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
let data = new Uint8Array(8 << 20);
for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >> 12)) & 0xff;
const expected = crc32(data);
const pending = Toy.core.ops.op_crc32(data);
data = null;
let garbage = [];
for (let i = 0; i < 64; i++) garbage.push(new Uint8Array(1 << 20).fill(i));
garbage = null;
gc();
print("meanwhile");
pending.then((crc) => print(crc === expected ? "ok" : "got " + crc + ", expected " + expected));
