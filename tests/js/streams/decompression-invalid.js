// Data that is not in the format asked for is a TypeError, as the
// Compression standard says: the readable side errors with it, the
// writer's promises reject with it, and the zlib stream is closed. Each
// line names the damage and what it ended in.
// needs: streams
// expect: gzip, not gzip at all: TypeError: Invalid compressed data: incorrect header check
// expect: deflate, given gzip: TypeError: Invalid compressed data: incorrect header check
// expect: gzip, given deflate: TypeError: Invalid compressed data: incorrect header check
// expect: deflate-raw, a reserved block type: TypeError: Invalid compressed data: invalid block type
// expect: gzip, a wrong CRC-32: TypeError: Invalid compressed data: incorrect data check
// expect: gzip, a wrong length: TypeError: Invalid compressed data: incorrect length check
// expect: deflate, a wrong Adler-32: TypeError: Invalid compressed data: incorrect data check
// expect: writer TypeError TypeError, zlib streams open: none
import { outcome, through, zlibStreams } from "./_bytes.js";

const text = new TextEncoder().encode("a few words to compress, a few words to compress");
const gzip = await through(new CompressionStream("gzip"), [text]);
const deflate = await through(new CompressionStream("deflate"), [text]);
const damaged = (bytes, at) => {
  const copy = bytes.slice();
  copy[copy.length + at] ^= 0x01;
  return copy;
};

const cases = [
  ["gzip, not gzip at all", "gzip", text],
  ["deflate, given gzip", "deflate", gzip],
  ["gzip, given deflate", "gzip", deflate],
  // First byte 0b111: the last block, of type 3, which RFC 1951 reserves.
  ["deflate-raw, a reserved block type", "deflate-raw", new Uint8Array([0x07, 0, 0, 0])],
  ["gzip, a wrong CRC-32", "gzip", damaged(gzip, -8)],
  ["gzip, a wrong length", "gzip", damaged(gzip, -1)],
  ["deflate, a wrong Adler-32", "deflate", damaged(deflate, -1)],
];
for (const [label, format, bytes] of cases) {
  print(`${label}: ${await outcome(through(new DecompressionStream(format), [bytes]))}`);
}

// The writer side of the same failure.
const ds = new DecompressionStream("gzip");
const writer = ds.writable.getWriter();
const read = outcome(ds.readable.getReader().read());
const wrote = await outcome(writer.write(text));
await read;
const closed = await outcome(writer.close());
print(`writer ${wrote.split(":")[0]} ${closed.split(":")[0]}, zlib streams open: ${zlibStreams()}`);
