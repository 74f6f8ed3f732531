// Setters a script puts on Array.prototype and Object.prototype never run
// when the runtime's C++ builds its own arrays and objects for ports and
// worker errors (Set ran them, and a throwing one made V8 abort).
// needs: workers
// perms: --allow-read=${DIR}/../workers/fixtures
// expect: channel made
// expect: error event: Uncaught Error: boom
// expect: setters run: 0
// expect-stderr: error: Uncaught (in worker "") Error: boom
let ran = 0;
function trap(proto, keys) {
  for (const key of keys) {
    Object.defineProperty(proto, key, {
      configurable: true,
      set() { ran++; throw new Error("setter"); },
    });
  }
  return () => { for (const key of keys) delete proto[key]; };
}
let untrap = trap(Array.prototype, ["0", "1", "2", "3"]);
const { port1, port2 } = new MessageChannel();
untrap();
print("channel made");
port1.close();
port2.close();
const w = new Worker(new URL("../workers/fixtures/throw.js", import.meta.url), { type: "module" });
untrap = trap(Object.prototype, ["message", "filename", "lineno", "colno"]);
await new Promise((resolve) => {
  w.onerror = (e) => {
    untrap();
    e.preventDefault();
    print(`error event: ${e.message}`);
    resolve();
  };
});
print(`setters run: ${ran}`);
