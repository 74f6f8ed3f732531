// Toy.exit(code) ends the program at once with that exit code; what was
// printed before it is there, nothing after it runs.
// expect: before
// expect-exit: 3
print("before");
Toy.exit(3);
print("after");
