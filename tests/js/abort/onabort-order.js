// onabort runs in the place it was first set among the listeners, as
// the web defines event handler properties: after the listeners added
// before it, before those added after. Replacing the function keeps the
// place; null removes it.
// needs: abort
// expect: first listener, onabort abort true, later listener
// expect: null
const c = new AbortController();
const order = [];
c.signal.addEventListener("abort", () => order.push("first listener"));
c.signal.onabort = () => order.push("onabort (replaced)");
c.signal.addEventListener("abort", () => order.push("later listener"));
c.signal.onabort = function (e) {
  order.push(`onabort ${e.type} ${this === c.signal}`);
};
c.abort();
console.log(order.join(", "));
const d = new AbortController();
d.signal.onabort = () => console.log("never");
d.signal.onabort = null;
console.log(d.signal.onabort);
d.abort();
