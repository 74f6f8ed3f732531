// What cannot be transferred is a DOMException named DataCloneError: an
// object that is not an ArrayBuffer (a view, a SharedArrayBuffer), a
// buffer already detached, a buffer that cannot be detached (a
// WebAssembly memory's). A transfer that is not a sequence of objects at
// all is a TypeError, before anything else.
// needs: globals
// expect: DataCloneError structuredClone: only ArrayBuffers can be transferred true
// expect: DataCloneError structuredClone: only ArrayBuffers can be transferred true
// expect: DataCloneError structuredClone: a detached ArrayBuffer cannot be transferred true
// expect: DataCloneError structuredClone: this ArrayBuffer cannot be detached true
// expect: TypeError structuredClone: transfer must be a sequence of objects
// expect: TypeError structuredClone: transfer must be a sequence of objects
// expect: TypeError structuredClone: transfer must be a sequence of objects
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
const memory = new WebAssembly.Memory({ initial: 1 });
for (const transfer of [[new Uint8Array(2)], [new SharedArrayBuffer(4)], [detached], [memory.buffer]]) {
  try {
    structuredClone(1, { transfer });
    console.log("no error");
  } catch (e) {
    console.log(e.name, e.message, e instanceof DOMException);
  }
}
for (const transfer of [5, null, [new ArrayBuffer(1), 1]]) {
  try {
    structuredClone(1, { transfer });
    console.log("no error");
  } catch (e) {
    console.log(e.name, e.message);
  }
}
