// An error a worker's message handler throws goes first to the worker's
// own global, as an "error" event; a listener there that calls
// preventDefault() handles it: nothing is printed, the parent hears
// nothing of it, and the worker goes on with its next message.
// needs: workers
// perms: --allow-read=${DIR}/fixtures
// expect: caught Uncaught Error: boom
// expect: still here: ping
const w = new Worker(new URL("./fixtures/prevent.js", import.meta.url), { type: "module" });
w.onerror = (e) => {
  print(`the parent saw ${e.message}`);
  w.terminate();
};
w.onmessage = (e) => {
  print(e.data);
  if (e.data.startsWith("caught")) w.postMessage("ping");
  else w.terminate();
};
w.postMessage("throw");
