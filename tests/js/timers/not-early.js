// A timer never fires before its delay has passed.
// needs: timers
// expect: ok
const t0 = Date.now();
setTimeout(() => {
  const waited = Date.now() - t0;
  print(waited >= 49 ? "ok" : "fired after only " + waited + " ms");
}, 50);
