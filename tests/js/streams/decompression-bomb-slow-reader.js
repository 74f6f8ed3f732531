// A decompression bomb read slowly: 64 KiB of gzip that inflate to 64 MiB,
// written as one chunk. The stream makes one piece of at most 64 KiB at a
// time, and makes the next only when the reader has taken enough that
// the readable side wants more: after four reads, each followed by turns
// of the loop in which the transform could run ahead, only a few pieces
// have been made, not the 1024 the chunk holds. Cancelling the reader
// then closes the zlib stream.
// needs: streams
// expect: read 4 pieces of 65536 bytes
// expect: pieces made while reading slowly: bounded
// expect: after cancel, zlib streams open: none
import { through, zlibStreams } from "./_bytes.js";

const bomb = await through(new CompressionStream("gzip"), [new Uint8Array(64 << 20)]);
const made = () => Toy.core.metrics().ops.op_compression_write.dispatched;
const turns = async (n) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const before = made();
const ds = new DecompressionStream("gzip");
const writer = ds.writable.getWriter();
writer.write(bomb).catch(() => {});
const reader = ds.readable.getReader();
const sizes = [];
for (let i = 0; i < 4; i++) {
  await turns(5);
  sizes.push((await reader.read()).value.length);
}
await turns(20);
const count = made() - before;
print(`read ${sizes.length} pieces of ${[...new Set(sizes)].join(",")} bytes`);
// 4 read, one waiting in the readable's queue, one being made: a handful,
// whatever the machine's speed.
print(`pieces made while reading slowly: ${count <= 8 ? "bounded" : `${count} (unbounded)`}`);
await reader.cancel();
await turns(2);
print(`after cancel, zlib streams open: ${zlibStreams()}`);
