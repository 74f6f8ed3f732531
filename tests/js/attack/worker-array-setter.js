// A setter a script puts on Array.prototype must not run inside the
// bridge: the arrays it fills (a new channel's ends, the ports a message
// brings, a worker's own id and name) get their elements defined, not
// set. Set ran the setter, and its exception made V8 abort (a Check on
// Nothing).
// needs: workers
// perms: --allow-read=${DIR}/fixtures/workers
// expect: channel made
// expect: arrived with 1 port
// expect: worker named w
Object.defineProperty(Array.prototype, "1", {
  set() {
    throw new Error("the setter ran");
  },
  configurable: true,
});
const a = new MessageChannel();
print("channel made");
const b = new MessageChannel();
a.port2.onmessage = (e) => {
  print(`arrived with ${e.ports.length} port`);
  e.ports[0].close();
  a.port2.close();
  b.port2.close();
  delete Array.prototype[1];  // new URL() pushes onto arrays: the worker sets its own
  const w = new Worker(new URL("./fixtures/workers/array-setter.js", import.meta.url), { type: "module", name: "w" });
  w.onmessage = (e) => print(e.data);
};
a.port1.postMessage("x", [b.port1]);
a.port1.close();
