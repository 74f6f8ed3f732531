// Toy.pid is this process's id.
// needs: globals
// expect: true true
print(Number.isInteger(Toy.pid), Toy.pid > 1);
