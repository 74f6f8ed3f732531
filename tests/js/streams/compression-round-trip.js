// Each format, compressed by a CompressionStream and decompressed by a
// DecompressionStream, gives back the bytes it started from: a few
// bytes, nothing at all, and 6 MiB written as pieces of many sizes. The
// chunks may be any BufferSource (an ArrayBuffer, a DataView, a typed
// array of another element type, a view that starts inside its buffer);
// what comes out is Uint8Arrays. Once each is done, no zlib stream is
// left open.
// needs: streams
// expect: gzip small true empty true large true, output Uint8Array true
// expect: deflate small true empty true large true, output Uint8Array true
// expect: deflate-raw small true empty true large true, output Uint8Array true
// expect: zlib streams open: none
import { concat, cut, readAll, same, streamOf, through, zlibStreams } from "./_bytes.js";

const small = new TextEncoder().encode("Hello, streams! ".repeat(3));
const large = new Uint8Array(6 << 20);
let seed = 1;
for (let i = 0; i < large.length; i++) {
  // Mostly repeats with some noise, so the compressed form is a few MiB
  // smaller but not tiny.
  if ((i & 1023) === 0) seed = (seed * 1103515245 + 12345) >>> 0;
  large[i] = (i % 97) ^ (seed >>> ((i & 3) * 8)) & 0x0f;
}

// The same bytes as chunks of every BufferSource kind, and sizes from one
// byte up.
function asChunks(bytes) {
  const chunks = [];
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.min(bytes.length - at, [1, 7, 4096, 65536, 1 << 20][k % 5]);
    const piece = bytes.slice(at, at + size);
    at += size;
    if (k % 4 === 0) chunks.push(piece.buffer);
    else if (k % 4 === 1) chunks.push(new DataView(piece.buffer));
    else if (k % 4 === 2 && size % 2 === 0) chunks.push(new Int16Array(piece.buffer));
    else {
      const inside = new Uint8Array(size + 3);
      inside.set(piece, 3);
      chunks.push(inside.subarray(3));
    }
  }
  return chunks;
}

for (const format of ["gzip", "deflate", "deflate-raw"]) {
  const results = [];
  let allUint8 = true;
  for (const data of [small, new Uint8Array(0), large]) {
    const compressed = await through(new CompressionStream(format), asChunks(data));
    const pieces = await readAll(streamOf(cut(compressed, 1000)).pipeThrough(new DecompressionStream(format)));
    allUint8 &&= pieces.every((p) => p instanceof Uint8Array);
    results.push(same(concat(pieces), data));
  }
  print(`${format} small ${results[0]} empty ${results[1]} large ${results[2]}, output Uint8Array ${allUint8}`);
}
print(`zlib streams open: ${zlibStreams()}`);
