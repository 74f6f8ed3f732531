// What cannot be transferred is a DataCloneError, and nothing is sent or
// detached: a buffer listed twice, a detached buffer, a plain object, a
// closed port (Deno's messages).
// The options form { transfer } works as the list does.
// needs: workers
// perms: --allow-read=${DIR}
// expect: DataCloneError 8 ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer. Duplicate ArrayBuffers cannot be transferred.
// expect: DataCloneError 0 ArrayBuffer at index 0 is already detached
// expect: DataCloneError Value not transferable
// expect: DataCloneError Can not transfer disentangled message port
// expect: 4 0 undefined
const w = new Worker(new URL("./fixtures/transfer.js", import.meta.url), { type: "module" });
const buf = new ArrayBuffer(8);
try {
  w.postMessage(buf, [buf, buf]);
} catch (e) {
  print(e.name, buf.byteLength, e.message);
}
const gone = new ArrayBuffer(4);
w.postMessage(gone, { transfer: [gone] });
try {
  w.postMessage(gone, [gone]);
} catch (e) {
  print(e.name, gone.byteLength, e.message);
}
try {
  w.postMessage({}, [{}]);
} catch (e) {
  print(e.name, e.message);
}
const { port1 } = new MessageChannel();
port1.close();
try {
  w.postMessage(port1, [port1]);
} catch (e) {
  print(e.name, e.message);
}
w.onmessage = (e) => print(e.data);
