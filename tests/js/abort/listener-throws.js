// A listener that throws does not stop the others; the error is then
// reported as uncaught, and the program fails.
// needs: abort
// expect: second listener
// expect: dispatch done
// expect-error: Uncaught Error: from a listener
const t = new EventTarget();
t.addEventListener("go", () => {
  throw new Error("from a listener");
});
t.addEventListener("go", () => print("second listener"));
t.dispatchEvent(new Event("go"));
print("dispatch done");
