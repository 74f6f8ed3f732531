// Promise jobs and microtasks run before any timer, whichever was set first.
// needs: microtasks timers
// expect: promise a
// expect: microtask b
// expect: timer 1
// expect: timer 2
setTimeout(() => print("timer 1"), 0);
Promise.resolve().then(() => print("promise a"));
setTimeout(() => print("timer 2"), 0);
queueMicrotask(() => print("microtask b"));
