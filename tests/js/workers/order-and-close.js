// Messages arrive in the order they were sent, all of them, even when
// the worker closes right after; and
// once the worker has closed, the program ends.
// needs: workers
// perms: --allow-read=${DIR}
// expect: 1000 in order
const w = new Worker(new URL("./fixtures/burst.js", import.meta.url), { type: "module" });
let next = 0;
let ok = true;
w.onmessage = (e) => {
  if (e.data !== next) ok = false;
  if (++next === 1000) print(ok ? "1000 in order" : "out of order");
};
