// The build runs the app's event loop to the end before it takes the
// snapshot: timers set by the top-level code and by each other fire,
// an interval runs until it is cleared, and the build then succeeds.
// needs: snapshots timers
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-test-snapshots-timers.snap
// expect: top level done
// expect: tick 1
// expect: tick 2
// expect: timeout fired
// expect: tick 3
let ticks = 0;
const id = setInterval(() => {
  print("tick", ++ticks);
  // Due at once, so before the interval's next run (10 ms on).
  if (ticks === 2) setTimeout(() => print("timeout fired"), 0);
  if (ticks === 3) clearInterval(id);
}, 10);
Toy.snapshot.setMain(() => print("main"));
print("top level done");
