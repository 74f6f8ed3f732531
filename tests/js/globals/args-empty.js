// No arguments: an empty array.
// needs: globals
// expect: []
print(JSON.stringify(Toy.args));
