// A circular reference is marked on both ends.
// needs: inspect
// expect: <ref *1> { name: 'o', self: [Circular *1] }
// expect: <ref *1> [ 1, { back: [Circular *1] } ]
const o = { name: "o" };
o.self = o;
console.log(o);
const a = [1];
a.push({ back: a });
console.log(a);
