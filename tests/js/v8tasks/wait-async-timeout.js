// Atomics.waitAsync's time limit is a delayed task V8 posts to the
// isolate's queue; the loop runs it when it falls due, on a timer of its
// own that does not keep the program alive (the interval here does, until
// the wait is over). Before, the wait never timed out.
// needs: microtasks timers
// expect: async: true
// expect: timed-out
// expect: not-equal
const i32 = new Int32Array(new SharedArrayBuffer(8));
const keep = setInterval(() => {}, 1000);
const wait = Atomics.waitAsync(i32, 0, 0, 10);
print("async:", wait.async);
wait.value.then((result) => {
  print(result);
  clearInterval(keep);
  // A value that differs already: settled at once, no task needed.
  print(Atomics.waitAsync(i32, 0, 1).value);
});
