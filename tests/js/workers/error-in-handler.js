// An error thrown by a worker's message handler ends the worker too, and
// the parent's error event points at the line that threw.
// needs: workers
// perms: --allow-read=${DIR}
// expect: Uncaught TypeError: bad message
// expect: handler-throws.js 2 33
// expect-stderr-line: error: Uncaught (in worker "") TypeError: bad message
const w = new Worker(new URL("./fixtures/handler-throws.js", import.meta.url), { type: "module" });
w.onerror = (e) => {
  print(e.message);
  print(e.filename.split("/").pop(), e.lineno, e.colno);
  e.preventDefault();
};
w.postMessage("throw");
