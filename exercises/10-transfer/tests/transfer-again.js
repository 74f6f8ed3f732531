// The copy's buffer is an ordinary ArrayBuffer: it can be transferred in
// its turn, and the one before stays detached. A transfer from inside a
// nested structure (a Map's value) works the same way.
// needs: globals
// expect: 0 0 3 1,2,3
// expect: Map(1) { 'k' => 3 } 0
const first = new Uint8Array([1, 2, 3]).buffer;
const second = structuredClone(first, { transfer: [first] });
const third = structuredClone(second, { transfer: [second] });
console.log(first.byteLength, second.byteLength, third.byteLength, [...new Uint8Array(third)].join());
const inner = new ArrayBuffer(3);
const map = structuredClone(new Map([["k", inner]]), { transfer: [inner] });
console.log(new Map([...map].map(([k, v]) => [k, v.byteLength])), inner.byteLength);
