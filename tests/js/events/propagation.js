// stopPropagation, cancelBubble and stopImmediatePropagation: a stopped
// event calls no further listener of the target (the immediate form), and
// one stopped before its dispatch calls none at all. The flags are
// cleared when the dispatch ends, so the event can be sent again;
// cancelBubble = false never clears them.
// needs: abort
// expect: first
// expect: cancelBubble after stopImmediatePropagation true
// expect: after dispatch false
// expect: stopped before: no listener ran
// expect: first
// expect: second
// expect: cancelBubble false ignored true
const t = new EventTarget();
let stopNow = true;
t.addEventListener("x", (e) => {
  print("first");
  if (stopNow) {
    e.stopImmediatePropagation();
    print("cancelBubble after stopImmediatePropagation", e.cancelBubble);
  }
});
t.addEventListener("x", () => print("second"));
const ev = new Event("x");
t.dispatchEvent(ev);
print("after dispatch", ev.cancelBubble);
const early = new Event("x");
early.cancelBubble = true;
t.dispatchEvent(early);
print("stopped before: no listener ran");
stopNow = false;
t.dispatchEvent(ev);
const other = new Event("z");
other.stopPropagation();
other.cancelBubble = false;
print("cancelBubble false ignored", other.cancelBubble);
