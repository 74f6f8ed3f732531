// A handler attached only in a later timer is too late: the rejection is
// reported at the end of the turn and the process exits 1 before the timer.
// needs: rejections timers
// expect-error: Uncaught (in promise) Error: too late
const p = Promise.reject(new Error("too late"));
setTimeout(() => {
  p.catch(() => print("handled in a timer"));
}, 0);
