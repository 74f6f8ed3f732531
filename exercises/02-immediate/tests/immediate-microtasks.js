// After each immediate, the microtasks it queued run before the next one.
// expect: immediate 1
// expect: promise 1
// expect: microtask 1
// expect: immediate 2
setImmediate(() => {
  print("immediate 1");
  Promise.resolve().then(() => print("promise 1"));
  queueMicrotask(() => print("microtask 1"));
});
setImmediate(() => print("immediate 2"));
