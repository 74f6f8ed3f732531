// Beyond two levels of nesting, objects and arrays are only named.
// needs: inspect
// expect: { a: { b: { c: [Object] } } }
// expect: [ [ [ [Array] ] ] ] { a: { b: { c: {} } } }
console.log({ a: { b: { c: { d: 1 } } } });
console.log([[[[1]]]], { a: { b: { c: {} } } });
