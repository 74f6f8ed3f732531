// A microtask may set a timer, which runs later like any other.
// needs: microtasks timers
// expect: microtask
// expect: timer set by a microtask
queueMicrotask(() => {
  print("microtask");
  setTimeout(() => print("timer set by a microtask"), 0);
});
