// A program that ends with an uncaught error does not get "unload".
// needs: snapshots errors
// expect: registered
// expect-error: Uncaught Error: the program failed
addEventListener("unload", () => print("unload ran"));
print("registered");
setTimeout(() => {
  throw new Error("the program failed");
}, 0);
