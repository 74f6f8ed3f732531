// Only what transfer lists moves: another buffer in the same value is
// copied as before, and the original keeps its bytes. transfer may be
// any iterable of objects, a Set as well as an array.
// needs: globals
// expect: 0 3 3
// expect: 7,8,9 1,8,9
const moved = new Uint8Array([1, 2]).buffer;
const kept = new Uint8Array([7, 8, 9]).buffer;
const copy = structuredClone({ moved, kept }, { transfer: new Set([moved]) });
console.log(moved.byteLength, kept.byteLength, copy.kept.byteLength);
new Uint8Array(copy.kept)[0] = 1;
console.log([...new Uint8Array(kept)].join(), [...new Uint8Array(copy.kept)].join());
