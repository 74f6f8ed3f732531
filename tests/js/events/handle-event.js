// An object listener's handleEvent is looked up at each dispatch and
// called on the object; a function listener is called even when it has a
// handleEvent of its own. A handleEvent that is not a function is a
// TypeError reported as uncaught, after the other listeners ran.
// needs: abort
// expect: one true
// expect: two true
// expect: function
// expect: last listener
// expect: dispatch done
// expect-error: Uncaught TypeError: The listener's handleEvent is not a function
const t = new EventTarget();
const obj = { handleEvent(e) { print("one", this === obj); } };
t.addEventListener("x", obj);
t.dispatchEvent(new Event("x"));
obj.handleEvent = function () { print("two", this === obj); };
t.dispatchEvent(new Event("x"));
t.removeEventListener("x", obj);
const fn = () => print("function");
fn.handleEvent = () => print("handleEvent?");
t.addEventListener("x", fn);
t.dispatchEvent(new Event("x"));
t.removeEventListener("x", fn);
t.addEventListener("x", { handleEvent: 1 });
t.addEventListener("x", () => print("last listener"));
t.dispatchEvent(new Event("x"));
print("dispatch done");
