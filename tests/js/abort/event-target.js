// EventTarget: listeners run in order of adding, once listeners once, a
// removed one never, an object's handleEvent, a duplicate only once, one
// added with an aborted signal never; dispatchEvent returns false when a
// cancelable event's default was prevented.
// needs: abort
// expect: first x
// expect: once x
// expect: object x
// expect: cancel x
// expect: dispatch 1 false
// expect: first x
// expect: object x
// expect: cancel x
// expect: dispatch 2 false
// expect: first y
// expect: dispatch 3 true
const t = new EventTarget();
const first = (e) => print("first", e.type);
const removed = () => print("removed?");
t.addEventListener("x", first);
t.addEventListener("x", first);
t.addEventListener("x", () => print("once x"), { once: true });
t.addEventListener("x", removed);
t.removeEventListener("x", removed);
t.addEventListener("x", { handleEvent: (e) => print("object", e.type) });
t.addEventListener("x", (e) => { print("cancel", e.type); e.preventDefault(); });
t.addEventListener("x", removed, { signal: AbortSignal.abort() });
t.addEventListener("y", first);
print("dispatch 1", t.dispatchEvent(new Event("x", { cancelable: true })));
print("dispatch 2", t.dispatchEvent(new Event("x", { cancelable: true })));
print("dispatch 3", t.dispatchEvent(new Event("y")));
