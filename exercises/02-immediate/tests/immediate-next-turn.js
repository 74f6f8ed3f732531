// An immediate set by an immediate waits for the next turn of the loop:
// the immediates already queued run first, then the next turn's timers,
// then it.
// expect: immediate 1
// expect: immediate 2
// expect: timeout
// expect: immediate 3
setImmediate(() => {
  print("immediate 1");
  setImmediate(() => print("immediate 3"));
  setTimeout(() => print("timeout"), 0);
});
setImmediate(() => print("immediate 2"));
