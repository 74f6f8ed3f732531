// A worker answers messages in the order they were sent; values are
// structured clones (a Map and a Date cross; a function does not).
// needs: workers
// perms: --allow-read=${DIR}
// expect: 1 {"echo":1,"name":"w"}
// expect: 2 {"echo":"two","name":"w"}
// expect: 3 true 2024
// expect: DataCloneError
const w = new Worker(new URL("./fixtures/echo.js", import.meta.url), { type: "module", name: "w" });
let n = 0;
w.onmessage = (e) => {
  n++;
  if (n < 3) print(n, JSON.stringify(e.data));
  else {
    print(n, e.data.echo.m.get("k") === 1, e.data.echo.d.getUTCFullYear());
    try { w.postMessage(() => 1); } catch (err) { print(err.name); }
    w.postMessage("close");
  }
};
w.postMessage(1);
w.postMessage("two");
w.postMessage({ m: new Map([["k", 1]]), d: new Date(Date.UTC(2024, 1, 1)) });
