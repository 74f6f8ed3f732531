// Toy.exit ends the program at once with its code: nothing after it
// runs, and it is not reported as an error.
// needs: globals
// expect-exit: 7
// expect: before
print("before");
setTimeout(() => print("timer"), 0);
try {
  Toy.exit(7);
} finally {
  print("finally");
}
print("after");
