// An error thrown in a worker reaches the parent as an error event with
// where it was thrown; preventDefault() handles it, and the program goes
// on (the worker's own report is printed all the same, as in Deno).
// needs: workers
// perms: --allow-read=${DIR}
// expect: Uncaught Error: boom
// expect: throw.js 2 7
// expect: handled
// expect-stderr-line: error: Uncaught (in worker "thrower") Error: boom
const w = new Worker(new URL("./fixtures/throw.js", import.meta.url), { type: "module", name: "thrower" });
w.onerror = (e) => {
  print(e.message);
  print(e.filename.split("/").pop(), e.lineno, e.colno);
  e.preventDefault();
  print("handled");
};
