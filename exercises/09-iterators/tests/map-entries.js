// A Map's entries() iterator, and the one for...of uses
// (map[Symbol.iterator]()), give [key, value] pairs: they print as
// "[Map Entries]", each pair as a two-item array.
// needs: inspect
// expect: [Map Entries] { [ 'a', 1 ], [ 'b', { x: [ 1, 2 ] } ] }
// expect: [Map Entries] { [ 'a', 1 ], [ 'b', { x: [ 1, 2 ] } ] }
const m = new Map([["a", 1], ["b", { x: [1, 2] }]]);
console.log(m.entries());
console.log(m[Symbol.iterator]());
