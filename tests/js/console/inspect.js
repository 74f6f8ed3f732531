// Toy.inspect is the formatter, with options.
// needs: inspect
// expect: { a: [ 1, 2 ] }
// expect: { a: [Object] }
// expect: 'str'
print(Toy.inspect({ a: [1, 2] }));
print(Toy.inspect({ a: { b: { c: { d: {} } } } }, { depth: 0 }));
print(Toy.inspect("str"));
