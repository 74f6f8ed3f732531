// A timeout clearing itself from inside its own callback is a no-op.
// needs: timers
// expect: ran once
// expect: next
const id = setTimeout(() => {
  clearTimeout(id);
  print("ran once");
  setTimeout(() => print("next"), 0);
}, 0);
