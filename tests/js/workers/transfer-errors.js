// What cannot be transferred is a DataCloneError, and nothing is sent or
// detached: a buffer listed twice, a detached buffer, a plain object.
// The options form { transfer } works as the list does.
// needs: workers
// expect: DataCloneError 8
// expect: DataCloneError 0
// expect: DataCloneError
// expect: 4 0 undefined
const w = new Worker(new URL("./fixtures/transfer.js", import.meta.url), { type: "module" });
const buf = new ArrayBuffer(8);
try {
  w.postMessage(buf, [buf, buf]);
} catch (e) {
  print(e.name, buf.byteLength);
}
const gone = new ArrayBuffer(4);
w.postMessage(gone, { transfer: [gone] });
try {
  w.postMessage(gone, [gone]);
} catch (e) {
  print(e.name, gone.byteLength);
}
try {
  w.postMessage({}, [{}]);
} catch (e) {
  print(e.name);
}
w.onmessage = (e) => print(e.data);
