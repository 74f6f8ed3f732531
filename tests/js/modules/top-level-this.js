// At the top level of a module `this` is undefined, not the global object
// it is in a classic script.
// needs: modules
// expect: undefined
// expect: true
print(typeof this);
print(this === undefined);
