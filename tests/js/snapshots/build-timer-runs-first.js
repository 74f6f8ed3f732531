// The build runs the app's event loop to the end before it takes the
// snapshot: a timer still pending after the top-level code fires first,
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
  if (ticks === 3) clearInterval(id);
}, 10);
setTimeout(() => print("timeout fired"), 25);
Toy.snapshot.setMain(() => print("main"));
print("top level done");
