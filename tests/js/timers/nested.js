// Timers can be set from timer callbacks; a timer made in a callback runs
// after the timers that were already due.
// needs: timers
// expect: a
// expect: b
// expect: c
// expect: depth 1
// expect: depth 2
// expect: depth 3
setTimeout(() => {
  print("a");
  setTimeout(() => {
    print("c");
    setTimeout(deeper, 0, 1);
  }, 0);
}, 0);
setTimeout(() => print("b"), 0);
function deeper(n) {
  print("depth " + n);
  if (n < 3) setTimeout(deeper, 0, n + 1);
}
