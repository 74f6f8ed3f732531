// When the value cannot be cloned, nothing is transferred: the error is
// the usual DataCloneError, and every buffer in transfer is still whole.
// The same when transfer itself is refused (a buffer listed twice).
// needs: globals
// expect: DataCloneError f() {} could not be cloned.
// expect: 8 8
// expect: DataCloneError structuredClone: an ArrayBuffer is listed twice in transfer
// expect: 8
const a = new ArrayBuffer(8);
const b = new ArrayBuffer(8);
try {
  structuredClone({ a, b, f() {} }, { transfer: [a, b] });
} catch (e) {
  console.log(e.name, e.message);
}
console.log(a.byteLength, b.byteLength);
try {
  structuredClone(a, { transfer: [a, a] });
} catch (e) {
  console.log(e.name, e.message);
}
console.log(a.byteLength);
