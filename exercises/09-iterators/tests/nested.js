// Iterators inside other values: depth counts as for a Map (a pair's
// key and value are at the iterator's own depth), own properties of the
// iterator follow its entries, and a long list is laid out one entry a
// line by the usual rule.
// needs: inspect
// expect: { a: { b: [Map Entries] { [ 1, [Object] ] } } }
// expect: [ [Set Iterator] { 'x' }, [Map Iterator] { 'a', extra: true } ]
// expect: [Map Entries] {
// expect:   [ 'key0', 0 ],
// expect:   [ 'key1', 1 ],
// expect:   [ 'key2', 2 ],
// expect:   [ 'key3', 3 ],
// expect:   [ 'key4', 4 ],
// expect:   [ 'key5', 5 ],
// expect:   [ 'key6', 6 ],
// expect:   [ 'key7', 7 ]
// expect: }
console.log({ a: { b: new Map([[1, { x: { y: 1 } }]]).entries() } });
const keys = new Map([["a", 1]]).keys();
keys.extra = true;
console.log([new Set(["x"]).values(), keys]);
console.log(new Map(Array.from({ length: 8 }, (_, i) => ["key" + i, i])).entries());
