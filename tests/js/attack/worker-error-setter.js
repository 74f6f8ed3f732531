// The error a worker died of reaches the parent as a plain object the
// bridge fills in: a setter the parent's script put on Object.prototype
// for one of its keys must not run (its exception made V8 abort).
// needs: workers
// perms: --allow-read=${DIR}/fixtures/workers
// expect: error event: Uncaught Error: boom
// expect-stderr: error: Uncaught (in worker "") Error: boom
Object.defineProperty(Object.prototype, "message", {
  set() {
    throw new Error("the setter ran");
  },
  configurable: true,
});
const w = new Worker(new URL("./fixtures/workers/throw.js", import.meta.url), { type: "module" });
w.onerror = (e) => {
  print(`error event: ${e.message}`);
  e.preventDefault();
};
