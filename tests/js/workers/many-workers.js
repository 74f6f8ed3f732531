// Many workers at once: twenty started and terminated at once (some
// with a message on its way), six that answer and close. Every thread
// is stopped or ends, and is joined; the answers all come.
// needs: workers
// perms: --allow-read=${DIR}
// expect: all 6 answered
const url = new URL("./fixtures/echo.js", import.meta.url);
for (let i = 0; i < 20; i++) {
  const w = new Worker(url, { type: "module" });
  if (i % 2) w.postMessage(i);
  w.terminate();
}
let answered = 0;
for (let i = 0; i < 6; i++) {
  const w = new Worker(url, { type: "module", name: `n${i}` });
  w.onmessage = () => {
    w.postMessage("close");
    if (++answered === 6) print("all 6 answered");
  };
  w.postMessage(i);
}
