// CustomEvent carries a detail of the program's choosing (null when none
// is given); initCustomEvent re-initialises one, except while it is being
// dispatched.
// needs: abort
// expect: detail null
// expect: detail 42 true [object CustomEvent]
// expect: during ping 42
// expect: after pong true false 7
// expect: missing type TypeError
const plain = new CustomEvent("plain");
print("detail", plain.detail);
const ev = new CustomEvent("ping", { detail: 42 });
print("detail", ev.detail, ev instanceof Event, Object.prototype.toString.call(ev));
const t = new EventTarget();
t.addEventListener("ping", (e) => {
  e.initCustomEvent("changed", true, true, 0);
  print("during", e.type, e.detail);
});
t.dispatchEvent(ev);
ev.initCustomEvent("pong", true, false, 7);
print("after", ev.type, ev.bubbles, ev.cancelable, ev.detail);
try {
  ev.initCustomEvent();
} catch (e) {
  print("missing type", e.name);
}
