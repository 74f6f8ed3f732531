// The bytes a zlib op is given can change while it copies them: an async
// file read fills the same buffer from libuv's threadpool while the
// script goes on feeding it to zlib streams. What zlib makes of such bytes
// is anyone's guess (output, or a TypeError for corrupt data), but it
// reads only the stream's own copy, within bounds: nothing crashes (make
// sanitize checks the reads), and each stream closes cleanly.
// needs: streams fsx
// perms: --allow-read --allow-write
// expect: survived, streams left open: none
const ops = Toy.core.ops;
const EMPTY = new Uint8Array(0);
const size = 1 << 16;

// Two files the reads alternate between: gzip data, and noise.
const c = ops.op_compression_new("gzip", false);
const parts = [ops.op_compression_write(c, new Uint8Array(size * 8).fill(7))];
for (let p = ops.op_compression_finish(c); p.length > 0; p = ops.op_compression_finish(c)) parts.push(p);
Toy.close(c);
const gzipped = new Uint8Array(size);
let at = 0;
for (const p of parts) {
  gzipped.set(p.subarray(0, size - at), at);
  at = Math.min(size, at + p.length);
}
const noise = new Uint8Array(size);
for (let i = 0; i < size; i++) noise[i] = (i * 2654435761) >>> 24;
const dir = await Toy.makeTempDir();
await Toy.writeFile(`${dir}/gzipped`, gzipped);
await Toy.writeFile(`${dir}/noise`, noise);
const files = [await Toy.open(`${dir}/gzipped`), await Toy.open(`${dir}/noise`)];

const buf = new Uint8Array(size);
for (let round = 0; round < 10; round++) {
  await Promise.all(files.map((f) => f.seek(0)));
  const reads = [];
  for (let i = 0; i < 40; i++) reads.push(files[i % 2].read(buf));
  let done = false;
  Promise.all(reads).then(() => (done = true));
  while (!done) {
    for (const inflate of [true, false]) {
      const rid = ops.op_compression_new("gzip", inflate);
      try {
        for (let p = ops.op_compression_write(rid, buf); p.length > 0; p = ops.op_compression_write(rid, EMPTY));
      } catch (e) {
        if (!(e instanceof TypeError)) throw e;
      }
      Toy.close(rid);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
for (const f of files) f.close();
await Toy.remove(dir, { recursive: true });
print(`survived, streams left open: ${Object.values(Toy.resources()).slice(3).join(",") || "none"}`);
