// Toy.inspect and console.dir take null for their options, as Deno's and
// Node's do, and use the defaults, rather than throwing a TypeError.
// needs: inspect
// expect: { a: [ 1 ] }
// expect: { a: [ 1 ] }
console.log(Toy.inspect({ a: [1] }, null));
console.dir({ a: [1] }, null);
