// isTrusted is each event's own property, one getter shared by all, that
// script cannot redefine: false for events script makes and dispatches,
// true for the abort event the runtime fires itself.
// needs: abort
// expect: own true true false
// expect: same getter true
// expect: redefine TypeError
// expect: script false
// expect: abort event true
// expect: redispatched false
const a = new Event("a");
const d = Object.getOwnPropertyDescriptor(a, "isTrusted");
print("own", typeof d.get === "function", d.enumerable, d.configurable);
print("same getter", d.get === Object.getOwnPropertyDescriptor(new Event("b"), "isTrusted").get);
try {
  Object.defineProperty(a, "isTrusted", { value: true });
} catch (e) {
  print("redefine", e.name);
}
print("script", a.isTrusted);
const c = new AbortController();
let fired;
c.signal.addEventListener("abort", (e) => {
  fired = e;
  print("abort event", e.isTrusted);
});
c.abort();
new EventTarget().dispatchEvent(fired);
print("redispatched", fired.isTrusted);
