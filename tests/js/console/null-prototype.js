// Objects without a prototype say so.
// needs: inspect
// expect: [Object: null prototype] {} [Object: null prototype] { a: 1 }
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }));
