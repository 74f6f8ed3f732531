// There is a microtask checkpoint after every timer callback: a job queued
// by the first of two timers that are due together runs before the second.
// needs: microtasks timers
// expect: timer 1
// expect: microtask from 1
// expect: promise from 1
// expect: timer 2
// expect: microtask from 2
setTimeout(() => {
  print("timer 1");
  queueMicrotask(() => print("microtask from 1"));
  Promise.resolve().then(() => print("promise from 1"));
}, 5);
setTimeout(() => {
  print("timer 2");
  queueMicrotask(() => print("microtask from 2"));
}, 5);
