// At the target, capture listeners run before the others, whatever the
// order they were added in; a listener added during a dispatch waits for
// the next one, and one removed during it does not run.
// needs: abort
// expect: capture 1
// expect: capture 2
// expect: plain 1
// expect: plain 2
// expect: ---
// expect: capture 1
// expect: capture 2
// expect: plain 1
// expect: late
const t = new EventTarget();
let first = true;
const plain2 = () => print("plain 2");
t.addEventListener("x", () => {
  print("plain 1");
  if (!first) t.removeEventListener("x", plain2);
  else t.addEventListener("x", () => print("late"));
});
t.addEventListener("x", () => print("capture 1"), true);
t.addEventListener("x", plain2);
t.addEventListener("x", () => print("capture 2"), { capture: true });
t.dispatchEvent(new Event("x"));
print("---");
first = false;
t.dispatchEvent(new Event("x"));
