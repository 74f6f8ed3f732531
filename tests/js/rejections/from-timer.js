// A rejection left unhandled by a timer callback is reported after that
// callback's microtasks; a later timer never runs.
// needs: rejections timers
// expect: timer 1
// expect-error: Uncaught (in promise) Error: from a timer
setTimeout(() => {
  print("timer 1");
  Promise.reject(new Error("from a timer"));
}, 0);
setTimeout(() => print("timer 2"), 50);
