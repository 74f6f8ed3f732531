// Typed arrays and ArrayBuffers show their contents.
// needs: inspect
// expect: Uint8Array(3) [ 1, 2, 3 ] Float64Array(0) []
// expect: ArrayBuffer { [Uint8Contents]: <01 ff>, byteLength: 2 }
console.log(new Uint8Array([1, 2, 3]), new Float64Array(0));
console.log(new Uint8Array([1, 255]).buffer);
