// Promise jobs and queueMicrotask after a start from the snapshot: run at
// the checkpoints, in the order they were queued, before any timer.
// needs: snapshots timers microtasks
// expect: script
// expect: promise 1
// expect: microtask
// expect: promise 2
// expect: timeout
setTimeout(() => print("timeout"), 0);
Promise.resolve().then(() => print("promise 1")).then(() => print("promise 2"));
queueMicrotask(() => print("microtask"));
print("script");
