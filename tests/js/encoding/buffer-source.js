// decode takes any BufferSource: an ArrayBuffer, a SharedArrayBuffer, a
// typed array or DataView of either (only the bytes the view covers);
// a detached buffer holds no bytes. Anything else is a TypeError.
// needs: globals
// expect: hi hi i h ""
// expect: TypeError TypeError
const shared = new SharedArrayBuffer(2);
new Uint8Array(shared).set([0x68, 0x69]);
const plain = new Uint8Array([0x68, 0x69]).buffer;
const memory = new WebAssembly.Memory({ initial: 1 });
const detached = memory.buffer;
memory.grow(1);                        // detaches the buffer it had
const dec = new TextDecoder();
print(dec.decode(shared), dec.decode(new Uint16Array(plain)), dec.decode(new DataView(shared, 1)),
  dec.decode(new Uint8Array(shared, 0, 1)), JSON.stringify(dec.decode(detached)));
const names = [];
for (const input of ["hi", [0x68, 0x69]]) {
  try {
    dec.decode(input);
  } catch (e) {
    names.push(e.name);
  }
}
print(...names);
