// Microtasks queued by microtasks run in the same checkpoint, before the
// next timer.
// needs: microtasks timers
// expect: 1
// expect: 2
// expect: 3
// expect: timer
setTimeout(() => print("timer"), 0);
queueMicrotask(() => {
  print(1);
  queueMicrotask(() => {
    print(2);
    Promise.resolve().then(() => print(3));
  });
});
