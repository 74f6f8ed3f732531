// structuredClone makes a deep copy: Maps, Dates, cycles and all.
// needs: globals
// expect: true true true
// expect: <ref *1> {
// expect:   a: [ 1, { b: 2 } ],
// expect:   m: Map(1) { 1 => 'x' },
// expect:   d: 1970-01-01T00:00:00.000Z,
// expect:   self: [Circular *1]
// expect: }
const src = { a: [1, { b: 2 }], m: new Map([[1, "x"]]), d: new Date(0) };
src.self = src;
const copy = structuredClone(src);
print(copy !== src, copy.a[1] !== src.a[1], copy.self === copy);
console.log(copy);
