// An exception in a timer callback is reported with its stack, exit code
// 1, and timers still pending never run.
// needs: timers errors
// expect: first
// expect-error: Uncaught Error: from a timer
// expect-stderr-line:   throw new Error("from a timer");
// expect-stderr-line:         ^
// expect-stderr-line:     at explode (${URL}:13:9)
setTimeout(() => print("first"), 0);
setTimeout(explode, 5);
setTimeout(() => print("never"), 30);
function explode() {
  throw new Error("from a timer");
}
