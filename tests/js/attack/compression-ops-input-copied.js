// A zlib stream keeps its own copy of the input it has not read yet: the
// script's buffer may be overwritten, or detached, between the call that
// fed it and the calls that drain it, and the output is still that of the
// bytes as they were fed. A detached buffer and a view of a
// SharedArrayBuffer are bytes like any others (none, and the shared ones).
// needs: streams
// flags: --v8-flags=--allow-natives-syntax
// expect: overwritten: 16777216 bytes, all zero true
// expect: detached: 16777216 bytes, all zero true
// expect: detached input: 0 bytes
// expect: shared input: round trip true
const ops = Toy.core.ops;
const EMPTY = new Uint8Array(0);

function drain(rid, first) {
  const out = [];
  for (let p = first; p.length > 0; p = ops.op_compression_write(rid, EMPTY)) out.push(p);
  for (let p = ops.op_compression_finish(rid); p.length > 0; p = ops.op_compression_finish(rid)) out.push(p);
  const all = new Uint8Array(out.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of out) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

// 16 MiB of zeros, compressed: one write of it inflates to 256 pieces,
// so most of the input is still unread after the first call.
const c = ops.op_compression_new("gzip", false);
const zipped = drain(c, ops.op_compression_write(c, new Uint8Array(16 << 20)));
Toy.close(c);

for (const how of ["overwritten", "detached"]) {
  const input = zipped.slice();
  const d = ops.op_compression_new("gzip", true);
  const first = ops.op_compression_write(d, input);
  if (how === "overwritten") input.fill(0x55);
  else %ArrayBufferDetach(input.buffer);
  const out = drain(d, first);
  Toy.close(d);
  print(`${how}: ${out.length} bytes, all zero ${out.every((b) => b === 0)}`);
}

const gone = new Uint8Array(16);
%ArrayBufferDetach(gone.buffer);
const e = ops.op_compression_new("deflate", true);
print(`detached input: ${ops.op_compression_write(e, gone).length} bytes`);
Toy.close(e);

const shared = new Uint8Array(new SharedArrayBuffer(zipped.length));
shared.set(zipped);
const s = ops.op_compression_new("gzip", true);
const back = drain(s, ops.op_compression_write(s, shared));
Toy.close(s);
print(`shared input: round trip ${back.length === 16 << 20 && back.every((b) => b === 0)}`);
