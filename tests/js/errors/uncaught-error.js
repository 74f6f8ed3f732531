// An uncaught exception prints "error: Uncaught", the source line, a caret
// under the column and the stack, on stderr, and exits 1. What the script
// printed before the throw stays printed.
// needs: errors
// expect: before
// expect-error: Uncaught Error: boom
// expect-stderr-line:   throw new Error("boom");
// expect-stderr-line:         ^
// expect-stderr-line:     at inner (${URL}:15:9)
// expect-stderr-line:     at outer (${URL}:19:3)
// expect-stderr-line:     at ${URL}:23:1
print("before");

function inner() {
  throw new Error("boom");
}

function outer() {
  inner();
  print("not reached");
}

outer();
print("not reached either");
