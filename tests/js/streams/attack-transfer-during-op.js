// Detaching a buffer an async op is still reading does not free its
// memory under the threadpool: the bridge keeps the op's bytes (their
// BackingStore) until it settles, whoever owns them meanwhile. 8 MiB of
// a pattern go to op_crc32; the buffer is transferred away at once (the
// view the op got is now detached), the new owner dropped and the
// collector run: the CRC still matches the one computed in JS.
// needs: streams ops
// flags: --v8-flags=--expose-gc
// expect: view detached 0
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
const data = new Uint8Array(8 << 20);
for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >> 12)) & 0xff;
const expected = crc32(data);
const pending = Toy.core.ops.op_crc32(data);
let moved = data.buffer.transfer();
print("view detached", data.byteLength);
moved = null;
let garbage = [];
for (let i = 0; i < 64; i++) garbage.push(new Uint8Array(1 << 20).fill(i));
garbage = null;
gc();
pending.then((crc) => print(crc === expected ? "ok" : "got " + crc + ", expected " + expected));
