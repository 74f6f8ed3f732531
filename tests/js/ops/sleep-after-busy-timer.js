// The same from inside a timer callback: after 200 ms of work in the
// callback, op_sleep(150) still waits its whole delay, so a 30 ms timer
// set after it fires first.
// needs: ops timers
// expect: timer 30
// expect: sleep 150
setTimeout(() => {
  const start = Date.now();
  while (Date.now() - start < 200) {}
  Toy.core.ops.op_sleep(150).then(() => print("sleep 150"));
  setTimeout(() => print("timer 30"), 30);
}, 0);
