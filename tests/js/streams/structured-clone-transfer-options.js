// structuredClone's transfer option moves ArrayBuffers into the copy
// instead of copying them: the source buffer is detached (byteLength 0),
// and a view in the copy sees the moved bytes. A buffer listed twice, one
// already detached, and anything that is not transferable are a
// DataCloneError, and nothing is moved then; transfer must be a sequence
// of objects (a TypeError otherwise: a number is not an empty list),
// and any iterable will do.
// needs: streams
// expect: moved 0 4 true 3
// expect: twice DataCloneError, kept 2
// expect: detached DataCloneError
// expect: plain object DataCloneError
// expect: number TypeError
// expect: not a sequence TypeError
// expect: options TypeError
// expect: from a Set 0 1
// expect: empty list copies 2 2
const buf = new Uint8Array([0, 1, 2, 3]).buffer;
const copy = structuredClone({ buf, view: new Uint8Array(buf, 1) }, { transfer: [buf] });
print("moved", buf.byteLength, copy.buf.byteLength, copy.view.buffer === copy.buf, copy.view[2]);
const twice = new ArrayBuffer(2);
for (const [name, call] of [
  ["twice", () => structuredClone(twice, { transfer: [twice, twice] })],
  ["detached", () => structuredClone(1, { transfer: [buf] })],
  ["plain object", () => structuredClone(1, { transfer: [{}] })],
  ["number", () => structuredClone(1, { transfer: [1] })],
  ["not a sequence", () => structuredClone(1, { transfer: 1 })],
  ["options", () => structuredClone(1, "transfer")],
]) {
  try {
    call();
    print(name, "no error");
  } catch (e) {
    print(name === "twice" ? `${name} ${e.name}, kept ${twice.byteLength}` : `${name} ${e.name}`);
  }
}
const one = new ArrayBuffer(1);
const fromSet = structuredClone(one, { transfer: new Set([one]) });
print("from a Set", one.byteLength, fromSet.byteLength);
const two = new ArrayBuffer(2);
print("empty list copies", structuredClone(two, { transfer: [] }).byteLength, two.byteLength);
