// An exception in a listener is the program's uncaught error: reported,
// exit 1, and the listeners after it do not run.
// needs: snapshots errors
// expect: one
// expect-error: Uncaught Error: unload failed
addEventListener("unload", () => print("one"));
addEventListener("unload", () => { throw new Error("unload failed"); });
addEventListener("unload", () => print("three"));
