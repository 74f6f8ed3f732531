// The end of the compressed stream must be the end of the data: a byte
// after it, in the same chunk or in a later one, is a TypeError, and so
// is a second gzip member (the gzip command reads several in a row; the
// Compression standard allows one). An empty chunk after the end is no
// data at all.
// needs: streams
// expect: junk in the same chunk: TypeError: Invalid compressed data: there is data after the end of the stream
// expect: junk in a later chunk: TypeError: Invalid compressed data: there is data after the end of the stream
// expect: deflate-raw, junk after the last block: TypeError: Invalid compressed data: there is data after the end of the stream
// expect: two gzip members: TypeError: Invalid compressed data: there is data after the end of the stream
// expect: an empty chunk after the end: ok "trailing"
// expect: zlib streams open: none
import { concat, outcome, through, zlibStreams } from "./_bytes.js";

const text = new TextEncoder().encode("trailing");
const gzip = await through(new CompressionStream("gzip"), [text]);
const raw = await through(new CompressionStream("deflate-raw"), [text]);
const junk = new Uint8Array([0]);
const cases = [
  ["junk in the same chunk", "gzip", [concat([gzip, junk])]],
  ["junk in a later chunk", "gzip", [gzip, junk]],
  ["deflate-raw, junk after the last block", "deflate-raw", [concat([raw, junk])]],
  ["two gzip members", "gzip", [concat([gzip, gzip])]],
];
for (const [label, format, chunks] of cases) {
  print(`${label}: ${await outcome(through(new DecompressionStream(format), chunks))}`);
}
const back = await through(new DecompressionStream("gzip"), [gzip, new Uint8Array(0)]);
print(`an empty chunk after the end: ok ${JSON.stringify(new TextDecoder().decode(back))}`);
print(`zlib streams open: ${zlibStreams()}`);
