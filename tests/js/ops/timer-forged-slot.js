// op_timer_start called by hand, with any third argument (from chapter 08
// the slot where JS keeps what a timer does): the forged timers fire
// without running anything, and the timers setTimeout set still run
// exactly once each, in order.
// needs: ops timers
// expect: a
// expect: b
// expect: done
const { op_timer_start } = Toy.core.ops;
setTimeout(() => print("a"), 0);
setTimeout(() => print("b"), 0);
for (const slot of [0, 1, 2, 3, 2 ** 31, 2 ** 32 - 1, -1, NaN]) op_timer_start(0, false, slot);
setTimeout(() => print("done"), 0);
