// Toy.core.previewEntries(value): for a Map or Set iterator, the pair
// [entries, isKeyValue], with entries flat ([k1, v1, k2, v2]) when the
// iterator gives pairs; undefined for anything else, Maps and Sets
// themselves included. It never advances the iterator.
// needs: inspect
// expect: [["a",1,"b",2],true]
// expect: [["a","b"],false]
// expect: [[1,1],true]
// expect: true true true true true
// expect: a
const m = new Map([["a", 1], ["b", 2]]);
const { previewEntries } = Toy.core;
console.log(JSON.stringify(previewEntries(m.entries())));
const keys = m.keys();
console.log(JSON.stringify(previewEntries(keys)));
console.log(JSON.stringify(previewEntries(new Set([1]).entries())));
console.log(previewEntries(m) === undefined, previewEntries(new Set()) === undefined,
  previewEntries([1][Symbol.iterator]()) === undefined, previewEntries({}) === undefined,
  previewEntries(7) === undefined);
console.log(keys.next().value);
