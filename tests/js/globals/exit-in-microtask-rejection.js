// Toy.exit from a microtask ends the program with its code, even while a
// promise rejected in the same turn still has no handler: the turn never
// ended, so that rejection was never unhandled, and nothing is reported.
// needs: globals
// expect: in microtask
// expect-exit: 5
Promise.reject(new Error("not handled yet"));
queueMicrotask(() => {
  console.log("in microtask");
  Toy.exit(5);
});
