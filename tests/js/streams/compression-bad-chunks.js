// A chunk that is not a BufferSource (a string, a number, an array, a
// plain object, null, undefined) is a TypeError that errors the stream,
// and so, for these streams, is a SharedArrayBuffer or a view of one.
// The zlib stream closes with the error. A detached buffer is no bytes.
// needs: streams
// flags: --v8-flags=--allow-natives-syntax
// expect: CompressionStream: TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError
// expect: DecompressionStream: TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError
// expect: detached chunk: ok "kept"
// expect: zlib streams open: none
import { outcome, through, zlibStreams } from "./_bytes.js";

const bad = () => [
  "text", 42, [1, 2], { length: 1, 0: 1 }, null, undefined,
  new SharedArrayBuffer(4), new Uint8Array(new SharedArrayBuffer(4)),
];
for (const Class of [CompressionStream, DecompressionStream]) {
  const results = [];
  for (const chunk of bad()) results.push((await outcome(through(new Class("gzip"), [chunk]))).split(":")[0]);
  print(`${Class.name}: ${results.join(" ")}`);
}

const detached = new Uint8Array([1, 2, 3]);
%ArrayBufferDetach(detached.buffer);
const text = new TextEncoder().encode("kept");
const gzip = await through(new CompressionStream("gzip"), [detached, text, detached.buffer]);
print(`detached chunk: ok ${JSON.stringify(new TextDecoder().decode(await through(new DecompressionStream("gzip"), [gzip])))}`);
print(`zlib streams open: ${zlibStreams()}`);
