// Microtasks and promise jobs share one first-in, first-out queue.
// needs: microtasks
// expect: 1
// expect: 2
// expect: 3
// expect: 4
queueMicrotask(() => print(1));
Promise.resolve().then(() => print(2));
queueMicrotask(() => print(3));
Promise.resolve().then(() => print(4));
