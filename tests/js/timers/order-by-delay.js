// Timers fire in the order they fall due (the moment of the call plus the
// delay), not in the order they were made. On a busy machine the calls
// can be far apart, so the test reads the clock around each call and
// only asks for the order where the due times are sure to differ: with
// the calls close together (the usual case) that is a, then b, then c.
// needs: timers
// expect: ok
const made = [];
const fired = [];
function later(name, delay) {
  const before = Date.now();
  setTimeout(() => fired.push(name), delay);
  const after = Date.now();
  made.push({ name, earliest: before + delay - 1, latest: after + delay + 1 });
}
later("c", 30);
later("a", 0);
later("b", 10);
setTimeout(() => {
  const wrong = [];
  for (const x of made) {
    for (const y of made) {
      if (x.latest < y.earliest && fired.indexOf(x.name) > fired.indexOf(y.name)) {
        wrong.push(`${x.name} was due before ${y.name} but fired after it`);
      }
    }
  }
  if (fired.length !== 3) wrong.push(`fired ${fired.length} of 3`);
  print(wrong.length === 0 ? "ok" : wrong.join("\n") + "\nfired: " + fired.join(" "));
}, 60);
