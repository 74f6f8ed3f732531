// Views over a transferred buffer come out of the clone over the copy's
// buffer, one buffer shared by all of them, with their offsets; the
// original views are left with length 0.
// needs: globals
// expect: 0 0
// expect: true 2 2 1,2,3,4,5,6
// expect: 9,2,3,4,5,6
const bytes = new Uint8Array([1, 2, 3, 4, 5, 6]);
const value = { bytes, words: new Uint16Array(bytes.buffer, 2, 2) };
const copy = structuredClone(value, { transfer: [bytes.buffer] });
console.log(value.bytes.length, value.words.length);
console.log(copy.bytes.buffer === copy.words.buffer, copy.words.byteOffset, copy.words.length,
  [...copy.bytes].join());
new Uint8Array(copy.words.buffer)[0] = 9;
console.log([...copy.bytes].join());
