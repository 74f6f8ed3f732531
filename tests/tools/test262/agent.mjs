// tests/tools/test262/agent.mjs: one test262 agent, a worker started by
// prelude.js's $262.agent.start(). Its first message carries the shared
// control block and the agent's script; then come broadcasts. Reports go
// back through the control block's queue, since the main thread, blocked
// in getReport() or broadcast(), would never see a message.

const runtime = globalThis.Toy ? "toyjs" : globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : "node";
const LOCK = 0, STARTED = 1, TAKEN = 2, USED = 3, QUEUE = 4;
let control = null;
let onBroadcast = null;
const broadcasts = [];
const nap = new Int32Array(new SharedArrayBuffer(4));

function complain(e) {
  console.error(`agent: ${e?.stack ?? e}`);
}

// Hands waiting broadcasts to the callback once there is one; each counts
// as taken when the callback gets it.
function deliver() {
  while (onBroadcast !== null && broadcasts.length > 0) {
    const { sab, id } = broadcasts.shift();
    Atomics.add(control, TAKEN, 1);
    Atomics.notify(control, TAKEN);
    try {
      onBroadcast(sab, id);
    } catch (e) {
      complain(e);
    }
  }
}

const agent = {
  receiveBroadcast(fn) {
    onBroadcast = fn;
    deliver();
  },
  report(value) {
    const s = String(value);
    while (Atomics.compareExchange(control, LOCK, 0, 1) !== 0) Atomics.wait(control, LOCK, 1, 1);
    const used = Atomics.load(control, USED);
    if (QUEUE + used + 1 + s.length <= control.length) {
      control[QUEUE + used] = s.length;
      for (let i = 0; i < s.length; i++) control[QUEUE + used + 1 + i] = s.charCodeAt(i);
      Atomics.store(control, USED, used + 1 + s.length);
    } else {
      complain(new Error("report queue full"));
    }
    Atomics.store(control, LOCK, 0);
    Atomics.notify(control, LOCK, 1);
  },
  sleep(ms) {
    Atomics.wait(nap, 0, 0, Number(ms));
  },
  leaving() {},
  monotonicNow: () => performance.now(),
};
Object.defineProperty(globalThis, "$262", { value: { agent, global: globalThis }, writable: true, configurable: true });

function receive(m) {
  if (m.type === "start") {
    control = new Int32Array(m.control);
    Atomics.add(control, STARTED, 1);
    Atomics.notify(control, STARTED);
    try {
      (0, eval)(m.source);
    } catch (e) {
      complain(e);
    }
  } else if (m.type === "broadcast") {
    broadcasts.push(m);
    deliver();
  }
}

if (runtime === "node") {
  const { parentPort } = await import("node:worker_threads");
  parentPort.on("message", receive);
} else {
  self.onmessage = (e) => receive(e.data);
}
