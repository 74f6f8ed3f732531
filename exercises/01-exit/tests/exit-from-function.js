// Toy.exit() deep inside calls ends everything: no caller carries on.
// expect-exit: 4
function deep(n) {
  if (n === 0) Toy.exit(4);
  deep(n - 1);
  print("unwound", n);
}
deep(10);
print("after");
