// The end of the compressed stream must be the end of the data: a byte
// after it, in the same chunk or in a later one, is a TypeError, and so
// is a second gzip member (the gzip command reads several in a row; the
// Compression standard allows one). What came before the end is read
// first, then the error. An empty chunk after the end is no data at all.
// needs: streams
// expect: junk in the same chunk: "trailing", then TypeError: Invalid compressed data: there is data after the end of the stream
// expect: junk in a later chunk: "trailing", then TypeError: Invalid compressed data: there is data after the end of the stream
// expect: deflate-raw, junk after the last block: "trailing", then TypeError: Invalid compressed data: there is data after the end of the stream
// expect: two gzip members: "trailing", then TypeError: Invalid compressed data: there is data after the end of the stream
// expect: an empty chunk after the end: "trailing", then the end
// expect: zlib streams open: none
import { concat, through, streamOf, zlibStreams } from "./_bytes.js";

const text = new TextEncoder().encode("trailing");
const gzip = await through(new CompressionStream("gzip"), [text]);
const raw = await through(new CompressionStream("deflate-raw"), [text]);
const junk = new Uint8Array([0]);

// What the reader gets: the text read before the stream ended or failed,
// and how it ended.
async function read(format, chunks) {
  const reader = streamOf(chunks).pipeThrough(new DecompressionStream(format)).getReader();
  const decoder = new TextDecoder();
  let got = "";
  for (;;) {
    try {
      const { value, done } = await reader.read();
      if (done) return `${JSON.stringify(got)}, then the end`;
      got += decoder.decode(value, { stream: true });
    } catch (e) {
      return `${JSON.stringify(got)}, then ${e.name}: ${e.message}`;
    }
  }
}

const cases = [
  ["junk in the same chunk", "gzip", [concat([gzip, junk])]],
  ["junk in a later chunk", "gzip", [gzip, junk]],
  ["deflate-raw, junk after the last block", "deflate-raw", [concat([raw, junk])]],
  ["two gzip members", "gzip", [concat([gzip, gzip])]],
  ["an empty chunk after the end", "gzip", [gzip, new Uint8Array(0)]],
];
for (const [label, format, chunks] of cases) print(`${label}: ${await read(format, chunks)}`);
print(`zlib streams open: ${zlibStreams()}`);
