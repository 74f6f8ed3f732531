// structuredClone checks its transfer list twice, as the HTML standard's
// StructuredSerializeWithTransfer does: before writing the value, and
// again after, since writing it runs the value's getters, which may
// detach a listed buffer meanwhile. A buffer detached by then is a
// DataCloneError, never a copy with an empty buffer in its place; and
// the value's other listed buffers are left as they were.
// needs: streams
// expect: detached by a getter: DataCloneError
// expect: the other buffer kept: 8 false
const stolen = new ArrayBuffer(8);
const other = new ArrayBuffer(8);
const value = {
  get x() {
    stolen.transfer();
    return 1;
  },
  stolen,
  other,
};
try {
  const copy = structuredClone(value, { transfer: [stolen, other] });
  print(`detached by a getter: a copy, its buffer ${copy.stolen.byteLength} bytes`);
} catch (e) {
  print(`detached by a getter: ${e.name}`);
}
print(`the other buffer kept: ${other.byteLength} ${other.detached}`);
