// try/catch cannot stop Toy.exit(): there is nothing to catch.
// expect-exit: 5
try {
  Toy.exit(5);
} catch (e) {
  print("caught", e);
}
print("after");
