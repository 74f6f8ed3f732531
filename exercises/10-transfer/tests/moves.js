// An ArrayBuffer in transfer is moved into the copy: the copy gets a new
// ArrayBuffer with the same bytes, and the original is detached, its
// byteLength 0, as after postMessage in a browser.
// needs: globals
// expect: 0 4 1,2,3,4 true true
const buf = new Uint8Array([1, 2, 3, 4]).buffer;
const copy = structuredClone(buf, { transfer: [buf] });
console.log(buf.byteLength, copy.byteLength, [...new Uint8Array(copy)].join(),
  copy instanceof ArrayBuffer, copy !== buf);
