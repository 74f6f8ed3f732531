// An uncaught error in an immediate is reported, and ends the program
// with exit code 1: the immediates after it do not run.
// expect-error: Uncaught Error: boom
// expect-stderr: immediate-error.js:7:9
// expect-exit: 1
setImmediate(() => {
  throw new Error("boom");
});
setImmediate(() => print("after"));
