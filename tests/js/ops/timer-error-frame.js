// An error thrown in a timer callback, now called through the runtime's
// JS, is still reported with the script's own line, caret and frame.
// needs: ops timers errors
// expect-error: Uncaught Error: from the timer
// expect-stderr-line:   throw new Error("from the timer");
// expect-stderr-line:         ^
// expect-stderr-line:     at ${URL}:9:9
setTimeout(() => {
  throw new Error("from the timer");
}, 0);
