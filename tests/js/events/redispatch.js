// An event being dispatched cannot be dispatched again (an
// InvalidStateError); once its dispatch ends, it can. The Event
// constructor's options must be an object when given.
// needs: abort
// expect: nested InvalidStateError
// expect: again true
// expect: bad init TypeError
// expect: null init false
const t = new EventTarget();
const ev = new Event("x");
let n = 0;
t.addEventListener("x", (e) => {
  n++;
  if (n === 1) {
    try {
      t.dispatchEvent(e);
    } catch (err) {
      print("nested", err.name);
    }
  }
});
t.dispatchEvent(ev);
print("again", t.dispatchEvent(ev));
try {
  new Event("x", 5);
} catch (e) {
  print("bad init", e.name);
}
print("null init", new Event("x", null).bubbles);
