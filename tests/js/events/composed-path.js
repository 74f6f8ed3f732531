// composedPath() and eventPhase say where an event is: nowhere before and
// after its dispatch, at its target (the whole path, without a tree)
// during it. The target stays set after the dispatch; srcElement is its
// old name.
// needs: abort
// expect: before 0 0 null
// expect: during 2 1 true true
// expect: after 0 0 true null
// expect: constants 0 1 2 3 2
const t = new EventTarget();
const ev = new Event("x");
print("before", ev.eventPhase, ev.composedPath().length, ev.target);
t.addEventListener("x", (e) => {
  const path = e.composedPath();
  print("during", e.eventPhase, path.length, path[0] === t, e.srcElement === t);
});
t.dispatchEvent(ev);
print("after", ev.eventPhase, ev.composedPath().length, ev.target === t, ev.currentTarget);
print("constants", Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, ev.AT_TARGET);
