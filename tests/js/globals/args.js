// Toy.args holds what followed the script on the command line.
// needs: globals
// args: one two --flag
// expect: ["one","two","--flag"] true
print(JSON.stringify(Toy.args), Object.isFrozen(Toy.args));
