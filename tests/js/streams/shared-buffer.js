// needs: streams
// A view over a SharedArrayBuffer is refused by a byte stream with the
// standard's TypeError, in the runtime that starts from its snapshot as
// in one that does not (the check must not depend on the
// SharedArrayBuffer global, which V8 adds after the snapshot is made).
const rs = new ReadableStream({
  type: "bytes",
  start(c) {
    try {
      c.enqueue(new Uint8Array(new SharedArrayBuffer(4)));
    } catch (e) {
      console.log(`${e.name}: ${e.message}`);
    }
  },
});
const byob = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" });
try {
  await byob.read(new Uint8Array(new SharedArrayBuffer(4)));
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
// expect: TypeError: Failed to execute 'enqueue' on 'ReadableByteStreamController': chunk is backed by a SharedArrayBuffer, which is not allowed.
// expect: TypeError: Failed to execute 'read' on 'ReadableStreamBYOBReader': view is backed by a SharedArrayBuffer, which is not allowed.
