// The zlib ops, called directly: each format compresses 5 MiB and gets
// it back byte for byte, and no call returns more than 64 KiB, however
// much its input expands to: 64 MiB of zeros, about 64 KiB compressed,
// come back from one write as 1024 pieces, one a call, and only then an
// empty piece says the stream has given all it has. The stream is a
// resource, named for its direction, until it is closed.
// needs: streams
// expect: gzip ok
// expect: deflate ok
// expect: deflate-raw ok
// expect: bomb 1024 pieces, 67108864 bytes, largest 65536
// expect: resources decompressionStream,compressionStream
// expect: after close: none
const ops = Toy.core.ops;
const EMPTY = new Uint8Array(0);

// Every piece of a write (or of the finish), until the empty one.
function pieces(first, next) {
  const out = [];
  for (let piece = first(); piece.length > 0; piece = next()) out.push(piece);
  return out;
}
function run(rid, input) {
  return [
    ...pieces(() => ops.op_compression_write(rid, input), () => ops.op_compression_write(rid, EMPTY)),
    ...pieces(() => ops.op_compression_finish(rid), () => ops.op_compression_finish(rid)),
  ];
}
function concat(list) {
  const out = new Uint8Array(list.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of list) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
const largest = (list) => Math.max(...list.map((p) => p.length));

// Data that compresses, but not to nothing: runs of varying bytes.
const data = new Uint8Array(5 << 20);
for (let i = 0; i < data.length; i++) data[i] = ((i >> 7) * 31 + (i & 7)) & 0xff;
for (const format of ["gzip", "deflate", "deflate-raw"]) {
  const c = ops.op_compression_new(format, false);
  const compressed = run(c, data);
  Toy.close(c);
  const d = ops.op_compression_new(format, true);
  const back = run(d, concat(compressed));
  Toy.close(d);
  const same = concat(back).every((b, i) => b === data[i]) && concat(back).length === data.length;
  const bounded = largest(compressed) <= 65536 && largest(back) <= 65536;
  print(`${format} ${same && bounded ? "ok" : `wrong (same ${same}, bounded ${bounded})`}`);
}

const c = ops.op_compression_new("gzip", false);
const bomb = concat(run(c, new Uint8Array(64 << 20)));
Toy.close(c);
const d = ops.op_compression_new("gzip", true);
const out = pieces(() => ops.op_compression_write(d, bomb), () => ops.op_compression_write(d, EMPTY));
const total = out.reduce((n, p) => n + p.length, 0);
print(`bomb ${out.length} pieces, ${total} bytes, largest ${largest(out)}`);
const e = ops.op_compression_new("deflate", false);
print(`resources ${Object.values(Toy.resources()).slice(3).join(",")}`);
Toy.close(d);
Toy.close(e);
print(`after close: ${Object.values(Toy.resources()).slice(3).join(",") || "none"}`);
