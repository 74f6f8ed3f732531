// Toy.noColor follows NO_COLOR, which the test runner sets.
// needs: globals
// expect: true
print(Toy.noColor);
