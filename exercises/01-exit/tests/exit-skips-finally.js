// Nor does a finally block run on the way out.
// expect-exit: 6
try {
  Toy.exit(6);
} finally {
  print("finally");
}
