// An exception that an earlier microtask threw is still reported when a
// later microtask calls Toy.exit, and the code is 1: the error came first,
// as it would have ended the program first in Deno.
// needs: globals
// expect-error: Uncaught Error: first
// expect-exit: 1
queueMicrotask(() => {
  throw new Error("first");
});
queueMicrotask(() => Toy.exit(0));
