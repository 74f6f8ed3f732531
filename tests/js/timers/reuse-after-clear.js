// A timer set from the callback of one that is gone takes its place, and
// the old id no longer reaches it: an interval that clears itself and sets
// a timeout, a timeout that sets another, and clearTimeout of the old ids
// afterwards, which must not cancel the new timers.
// needs: timers
// expect: interval 1
// expect: interval 2
// expect: timeout after interval
// expect: first
// expect: second
// expect: old ids cleared; end
let runs = 0;
const iv = setInterval(() => {
  print("interval", ++runs);
  if (runs < 2) return;
  clearInterval(iv);
  const next = setTimeout(() => {
    print("timeout after interval");
    clearInterval(iv);
    clearTimeout(next);
    const first = setTimeout(() => {
      print("first");
      const second = setTimeout(() => print("second"), 0);
      clearTimeout(first);
      clearTimeout(iv);
      setTimeout(() => print("old ids cleared; end"), 0);
      void second;
    }, 0);
  }, 0);
}, 0);
