// Functions and classes by kind and name.
// needs: inspect
// expect: [Function: f] [Function (anonymous)] [class A] [class B extends A]
// expect: [AsyncFunction: af] [GeneratorFunction: g] [AsyncGeneratorFunction: ag]
class A {}
class B extends A {}
console.log(function f() {}, () => {}, A, B);
console.log(async function af() {}, function* g() {}, async function* ag() {});
