// Objects and arrays nest, strings inside them single-quoted.
// needs: inspect
// expect: { a: 1, b: [ 1, 2 ], s: 'x', n: null, u: undefined }
console.log({ a: 1, b: [1, 2], s: "x", n: null, u: undefined });
