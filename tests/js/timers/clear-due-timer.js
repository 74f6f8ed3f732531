// A timer cleared by an earlier callback does not run, even when both were
// due at the same moment.
// needs: timers
// expect: first
// expect: third
setTimeout(() => {
  print("first");
  clearTimeout(second);
}, 5);
const second = setTimeout(() => print("second"), 5);
setTimeout(() => print("third"), 5);
