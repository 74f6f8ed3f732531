// Printing an iterator does not advance it: the program still gets every
// value afterwards. An iterator shows only what it has left, and one
// with nothing left shows empty braces.
// needs: inspect
// expect: [Map Iterator] { 'a', 'b', 'c' }
// expect: a
// expect: [Map Iterator] { 'b', 'c' }
// expect: [Map Iterator] { 'b', 'c' }
// expect: b,c
// expect: [Map Iterator] {}
// expect: [Set Entries] {}
const it = new Map([["a", 1], ["b", 2], ["c", 3]]).keys();
console.log(it);
console.log(it.next().value);
console.log(it);
console.log(Toy.inspect(it));
console.log([...it].join());
console.log(it);
console.log(new Set().entries());
