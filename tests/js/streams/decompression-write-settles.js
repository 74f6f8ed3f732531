// needs: streams
// expect: Uint8Array expected output
// expect: write settled: true
// expect: reads before the big write settled: true
// A chunk whose whole output fits in one piece is done as soon as that
// piece is enqueued: its write() settles after one read, with nothing
// more read (the transform must not wait for a second pull that only
// an empty queue would bring). Then a chunk with many pieces: its
// write settles only once the reader has taken all but the last.
const text = new TextEncoder().encode("expected output");
async function deflate(bytes) {
  const cs = new CompressionStream("deflate");
  const writer = cs.writable.getWriter();
  writer.write(bytes);
  writer.close();
  const parts = [];
  for await (const c of cs.readable) parts.push(c);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
const ds = new DecompressionStream("deflate");
const reader = ds.readable.getReader();
const writer = ds.writable.getWriter();
let settled = false;
const write = writer.write(await deflate(text)).then(() => { settled = true; });
const { value } = await reader.read();
console.log(value.constructor.name, new TextDecoder().decode(value));
await write;
console.log("write settled:", settled);

const big = await deflate(new Uint8Array(1 << 20));   // 16 pieces of 64 KiB
const ds2 = new DecompressionStream("deflate");
const reader2 = ds2.readable.getReader();
const writer2 = ds2.writable.getWriter();
let done2 = false;
const write2 = writer2.write(big).then(() => { done2 = true; });
let reads = 0;
while (!done2) {
  await reader2.read();
  reads += 1;
  await new Promise((resolve) => setTimeout(resolve, 0));
}
await write2;
// The reader must have taken the pieces one by one: at least 15 of the
// 16 before the write is done (the last may still be queued).
console.log("reads before the big write settled:", reads >= 15 && reads <= 16);
