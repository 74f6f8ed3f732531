// A buffer in transfer is detached even when the value does not hold
// it: transferring is giving the buffer away, whatever the value is.
// needs: globals
// expect: x 0
// expect: 5 0
const lonely = new ArrayBuffer(16);
console.log(structuredClone("x", { transfer: [lonely] }), lonely.byteLength);
const other = new ArrayBuffer(8);
console.log(structuredClone(5, { transfer: [other] }), other.byteLength);
