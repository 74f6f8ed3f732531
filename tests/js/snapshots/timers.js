// Timers after a start from the snapshot: the timer handler the runtime's
// JS gave the bridge at bootstrap is found again, so timeouts, intervals
// and clears all work, in order of when they are due. (The order printed
// follows from the delays alone: "a" is due before the interval's first
// tick however long the lines between them take, and "b" is set by the
// last tick.)
// needs: snapshots timers
// expect: sync
// expect: micro
// expect: a 0
// expect: tick 1
// expect: tick 2
// expect: tick 3
// expect: b 20
const cleared = setTimeout(() => print("cleared timer fired"), 5);
clearTimeout(cleared);
setTimeout(() => print("a 0"), 0);
let ticks = 0;
const id = setInterval(() => {
  print("tick", ++ticks);
  if (ticks === 3) {
    clearInterval(id);
    setTimeout(() => print("b 20"), 20);
  }
}, 15);
queueMicrotask(() => print("micro"));
print("sync");
