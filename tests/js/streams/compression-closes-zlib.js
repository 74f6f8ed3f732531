// Every way a compression stream ends closes its zlib stream at once, as
// Toy.resources() shows: the readable side cancelled, the writable side
// aborted (both in the middle of a chunk's output and before any data),
// the readable side cancelled once the writable side has closed (the
// stream's end is made, but not read), the data read to the end, an
// error. A stream the program drops without
// ending it is closed by the garbage collector.
// needs: streams
// flags: --v8-flags=--expose-gc
// expect: open while in use: decompressionStream
// expect: readable cancelled mid-chunk: none
// expect: writable aborted mid-chunk: none
// expect: readable cancelled before any data: none
// expect: writable aborted before any data: none
// expect: readable cancelled with the end written but not read: none
// expect: read to the end: none
// expect: corrupt data: none
// expect: dropped, then collected: none
import { outcome, through, zlibStreams } from "./_bytes.js";

const bomb = await through(new CompressionStream("deflate"), [new Uint8Array(8 << 20)]);
const turns = async (n) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

// A stream in the middle of a chunk that inflates to 128 pieces.
async function midChunk() {
  const ds = new DecompressionStream("deflate");
  const writer = ds.writable.getWriter();
  writer.write(bomb).catch(() => {});
  const reader = ds.readable.getReader();
  await reader.read();
  await reader.read();
  return { writer, reader };
}

{
  const { reader } = await midChunk();
  print(`open while in use: ${zlibStreams()}`);
  await reader.cancel("enough");
  await turns(2);
  print(`readable cancelled mid-chunk: ${zlibStreams()}`);
}
{
  const { writer } = await midChunk();
  await writer.abort("enough").catch(() => {});
  await turns(2);
  print(`writable aborted mid-chunk: ${zlibStreams()}`);
}
await new CompressionStream("gzip").readable.cancel();
print(`readable cancelled before any data: ${zlibStreams()}`);
await new CompressionStream("gzip").writable.abort();
print(`writable aborted before any data: ${zlibStreams()}`);
{
  const cs = new CompressionStream("gzip");
  const writer = cs.writable.getWriter();
  const reader = cs.readable.getReader();
  writer.write(new Uint8Array(1000));
  await reader.read();
  const last = reader.read();
  const closed = writer.close();
  await last;
  await reader.cancel();
  await closed;
  print(`readable cancelled with the end written but not read: ${zlibStreams()}`);
}
await through(new DecompressionStream("deflate"), [bomb]);
print(`read to the end: ${zlibStreams()}`);
await outcome(through(new DecompressionStream("gzip"), [new Uint8Array(10)]));
print(`corrupt data: ${zlibStreams()}`);

(() => {
  new CompressionStream("gzip");
  new DecompressionStream("deflate-raw");
})();
await turns(1);
gc();
print(`dropped, then collected: ${zlibStreams()}`);
