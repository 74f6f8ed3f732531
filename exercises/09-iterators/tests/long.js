// Like a Map or an array, an iterator shows at most maxArrayLength
// entries (100 by default), then says how many more there are.
// needs: inspect
// expect: 103 [Set Iterator] {
// expect:   99,
// expect:   ... 20 more items
// expect: }
// expect: [Map Entries] { [ 0, 0 ], [ 1, 1 ], ... 3 more items }
const lines = Toy.inspect(new Set(Array.from({ length: 120 }, (_, i) => i)).values()).split("\n");
console.log(lines.length, lines[0]);
console.log(lines.slice(-3).join("\n"));
const m = new Map(Array.from({ length: 5 }, (_, i) => [i, i]));
console.log(Toy.inspect(m.entries(), { maxArrayLength: 2 }));
