// A long chain of microtasks all runs before the first timer.
// needs: microtasks timers
// expect: 100000 before the timer
let n = 0;
function step() {
  if (++n < 100000) queueMicrotask(step);
}
queueMicrotask(step);
setTimeout(() => print(n, "before the timer"), 0);
