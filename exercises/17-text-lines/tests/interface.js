// TextLineStream is a global class that extends TransformStream, as
// Deno's is, so it has readable and writable and works with
// pipeThrough. Its chunks are strings: anything else errors the stream
// with a TypeError, which the writer and the reader both see.
// needs: streams
// expect: function true
// expect: write: TypeError
// expect: read: TypeError
const stream = new TextLineStream();
print(typeof TextLineStream, stream instanceof TransformStream);
const writer = stream.writable.getWriter();
const reader = stream.readable.getReader();
const read = reader.read();
await writer.write(new Uint8Array([104, 105, 10])).catch((e) => print("write:", e.name));
await read.catch((e) => print("read:", e.name));
