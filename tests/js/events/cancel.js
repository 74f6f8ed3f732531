// Cancelling: preventDefault or returnValue = false, only for a cancelable
// event, and never inside a passive listener; defaultPrevented stays set
// after the dispatch. initEvent re-initialises an event (type, flags,
// cancelled state), except while it is dispatched.
// needs: abort
// expect: passive true false
// expect: returnValue true false
// expect: kept after dispatch true false
// expect: not cancelable true false
// expect: during y
// expect: init z true false true false
const t = new EventTarget();
t.addEventListener("p", (e) => e.preventDefault(), { passive: true });
t.addEventListener("p", (e) => { e.returnValue = false; }, { passive: true });
const p = new Event("p", { cancelable: true });
print("passive", t.dispatchEvent(p), p.defaultPrevented);
t.addEventListener("r", (e) => { e.returnValue = false; });
const r = new Event("r", { cancelable: true });
print("returnValue", !t.dispatchEvent(r), r.returnValue);
print("kept after dispatch", r.defaultPrevented, r.returnValue);
const n = new Event("r");
print("not cancelable", t.dispatchEvent(n), n.defaultPrevented);
t.addEventListener("y", (e) => {
  e.initEvent("changed", true, true);
  print("during", e.type);
});
const y = new Event("y");
t.dispatchEvent(y);
r.initEvent("z", true);
print("init z", r.bubbles, r.cancelable, r.returnValue, r.defaultPrevented);
