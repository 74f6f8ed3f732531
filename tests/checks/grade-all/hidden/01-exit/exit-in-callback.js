// A teacher's hidden test (the grade-all check's): Toy.exit() called from
// a callback that JS code calls ends the program there too.
// expect: 1
// expect-exit: 7
[1, 2, 3].forEach((n) => {
  if (n === 2) Toy.exit(7);
  print(n);
});
