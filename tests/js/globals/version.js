// Toy.version: the runtime's and V8's versions.
// needs: globals
// expect: 0.1.0 true
print(Toy.version.toyjs, Toy.version.v8.startsWith("10.2"));
