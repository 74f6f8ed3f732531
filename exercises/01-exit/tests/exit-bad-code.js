// A code that is not an integer is a TypeError the script can catch; the
// program goes on.
// expect: TypeError: Toy.exit: code must be an integer
// expect: TypeError: Toy.exit: code must be an integer
// expect: TypeError: Toy.exit: code must be an integer
// expect: still running
for (const code of ["3", 1.5, null]) {
  try {
    Toy.exit(code);
  } catch (e) {
    print(e.name + ": " + e.message);
  }
}
print("still running");
