// Up to three levels of nesting share a line; a fourth breaks it.
// needs: inspect
// expect: { a: { b: { c: 1 } } }
// expect: { x: 1, a: { b: { c: [Object] } } }
console.log({ a: { b: { c: 1 } } });
console.log({ x: 1, a: { b: { c: { d: 1 } } } }, );
