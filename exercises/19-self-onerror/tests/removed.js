// removeEventListener takes an error listener away, and onerror = null
// the handler; a listener object's handleEvent is called. With no
// listener left to cancel the event, the error ends the worker.
// needs: workers
// perms: --allow-read=${DIR}/fixtures
// expect: onerror is null
// expect: handleEvent: nobody cancels
// expect: the parent saw Uncaught Error: nobody cancels
// expect-stderr-line: error: Uncaught (in worker "") Error: nobody cancels
const w = new Worker(new URL("./fixtures/removed.js", import.meta.url), { type: "module" });
w.onmessage = (e) => print(e.data);
w.onerror = (e) => {
  print(`the parent saw ${e.message}`);
  e.preventDefault();
};
