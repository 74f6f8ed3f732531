// Boxed primitives in brackets.
// needs: inspect
// expect: [Number: 3] [String: 'ab'] [Boolean: false]
console.log(new Number(3), new String("ab"), new Boolean(false));
