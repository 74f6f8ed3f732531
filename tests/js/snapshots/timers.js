// Timers after a start from the snapshot: the timer handler the runtime's
// JS gave the bridge at bootstrap is found again, so timeouts, intervals
// and clears all work, in order of when they are due.
// needs: snapshots timers
// expect: sync
// expect: micro
// expect: a 0
// expect: tick 1
// expect: b 20
// expect: tick 2
// expect: tick 3
const cleared = setTimeout(() => print("cleared timer fired"), 5);
clearTimeout(cleared);
setTimeout(() => print("b 20"), 20);
setTimeout(() => print("a 0"), 0);
let ticks = 0;
const id = setInterval(() => {
  print("tick", ++ticks);
  if (ticks === 3) clearInterval(id);
}, 15);
queueMicrotask(() => print("micro"));
print("sync");
