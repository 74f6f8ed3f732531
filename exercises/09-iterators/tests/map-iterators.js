// A Map's keys() and values() iterators print as "[Map Iterator]" with
// the values they will give, in order, in braces: keys for keys(),
// values for values(), each formatted as console.log formats any value.
// needs: inspect
// expect: [Map Iterator] { 'a', 'b', 3 }
// expect: [Map Iterator] { 1, { x: [ 1, 2 ] }, null }
const m = new Map([["a", 1], ["b", { x: [1, 2] }], [3, null]]);
console.log(m.keys());
console.log(m.values());
