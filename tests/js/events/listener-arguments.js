// addEventListener checks its arguments as the standard's IDL does: two
// are required, the listener is an object (or null, ignored), and a
// signal, when the options name one, must be an AbortSignal (null too is
// a TypeError). Options that are not an object mean capture.
// needs: abort
// expect: one argument TypeError
// expect: number listener TypeError
// expect: null signal TypeError
// expect: object signal TypeError
// expect: null listener ok
// expect: capture by number 0
// expect: not a target TypeError
const t = new EventTarget();
const f = () => print("called");
for (const [name, call] of [
  ["one argument", () => t.addEventListener("x")],
  ["number listener", () => t.addEventListener("x", 5)],
  ["null signal", () => t.addEventListener("x", f, { signal: null })],
  ["object signal", () => t.addEventListener("x", f, { signal: {} })],
]) {
  try {
    call();
    print(name, "no error");
  } catch (e) {
    print(name, e.name);
  }
}
t.addEventListener("x", null);
print("null listener ok");
let n = 0;
const g = () => n++;
t.addEventListener("y", g, 1);
t.removeEventListener("y", g, true);
t.dispatchEvent(new Event("y"));
print("capture by number", n);
try {
  EventTarget.prototype.addEventListener.call({}, "x", f);
} catch (e) {
  print("not a target", e.name);
}
