// Compressed data that stops before the end of its stream is a TypeError
// when the writable side closes (the standard's flush): one byte short,
// half of it, its header alone, or nothing at all. The bytes that did
// decompress were given to the reader before the error.
// needs: streams
// expect: gzip: TypeError TypeError TypeError TypeError
// expect: deflate: TypeError TypeError TypeError TypeError
// expect: deflate-raw: TypeError TypeError TypeError TypeError
// expect: message: TypeError: Invalid compressed data: it stops before the end of the stream
// expect: before the error, the reader had 8192 bytes
// expect: zlib streams open: none
import { outcome, through, zlibStreams } from "./_bytes.js";

const text = new TextEncoder().encode("0123456789abcdef".repeat(4096));
for (const format of ["gzip", "deflate", "deflate-raw"]) {
  const whole = await through(new CompressionStream(format), [text]);
  const cuts = [whole.length - 1, whole.length >> 1, format === "deflate-raw" ? 1 : 2, 0];
  const results = [];
  for (const length of cuts) {
    const result = await outcome(through(new DecompressionStream(format), [whole.subarray(0, length)]));
    results.push(result.split(":")[0]);
  }
  print(`${format}: ${results.join(" ")}`);
}

// What the reader sees: the output of what came, then the error. Here
// the gzip trailer lacks its last byte, so all the data came.
const gzip = await through(new CompressionStream("gzip"), [new Uint8Array(8192).fill(1)]);
const ds = new DecompressionStream("gzip");
const writer = ds.writable.getWriter();
writer.write(gzip.subarray(0, gzip.length - 1)).catch(() => {});
const closed = outcome(writer.close());
const reader = ds.readable.getReader();
let got = 0;
let error;
for (;;) {
  try {
    const { value, done } = await reader.read();
    if (done) break;
    got += value.length;
  } catch (e) {
    error = e;
    break;
  }
}
print(`message: ${await closed}`);
print(`before the error, the reader had ${got} bytes${error instanceof TypeError ? "" : " and no TypeError"}`);
print(`zlib streams open: ${zlibStreams()}`);
