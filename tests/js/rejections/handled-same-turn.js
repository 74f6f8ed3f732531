// A handler attached later in the same turn (here from a microtask) is in
// time: nothing is reported and the exit code is 0.
// needs: rejections
// expect: caught late but in time
const p = Promise.reject(new Error("late but in time"));
queueMicrotask(() => {
  queueMicrotask(() => {
    p.catch((e) => print("caught", e.message));
  });
});
