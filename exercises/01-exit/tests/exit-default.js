// Toy.exit() with no code exits with 0.
// expect: bye
// expect-exit: 0
print("bye");
Toy.exit();
print("after");
