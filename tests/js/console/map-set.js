// Maps and Sets show their size and their entries.
// needs: inspect
// expect: Map(2) { 'a' => 1, 'b' => { c: 2 } }
// expect: Set(2) { 1, 'two' } Map(0) {} Set(0) {}
console.log(new Map([["a", 1], ["b", { c: 2 }]]));
console.log(new Set([1, "two"]), new Map(), new Set());
