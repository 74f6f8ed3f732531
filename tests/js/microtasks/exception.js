// An exception in a microtask is reported like any uncaught exception:
// exit code 1, and pending timers never run.
// needs: microtasks errors timers
// expect: script
// expect-error: Uncaught Error: in a microtask
// expect-stderr-line:   throw new Error("in a microtask");
// expect-stderr-line:     at ${URL}:11:9
setTimeout(() => print("never"), 0);
print("script");
queueMicrotask(() => {
  throw new Error("in a microtask");
});
