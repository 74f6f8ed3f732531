// tests/tools/test262/prelude.js: runs one test262 test file in the
// runtime it is loaded by (toyjs, Deno, Node or Bun), as INTERPRETING.md
// in the test262 repository describes, and prints its outcome as one line,
//   #t262 PASS    or    #t262 FAIL <why>
// run.sh writes a module made of a line of settings (`const __t262 =
// { test, harness, strict, agent }`) and this file, and runs it.
//
// The test is global code, not a module. An indirect eval evaluates a
// script in the global scope, so two of them run it: first the harness
// (assert.js, sta.js, doneprintHandle.js for async tests, the files the
// test includes), as sloppy code, so that its functions become
// properties of the global object as in a real script; then the test
// itself, with "use strict"; first for the strict run. (A strict eval
// keeps its declarations to itself: the harness must not be one.)
//
// $262.agent is made of workers and shared memory. A test's main thread
// blocks (broadcast waits for every agent, getReport is polled in a loop,
// sleep sleeps), so nothing may depend on its event loop turning: what an
// agent tells the main thread goes through a SharedArrayBuffer, never a
// message. The main thread sends to the agents with postMessage, which
// each agent's own loop delivers while the main thread is blocked.

const runtime = globalThis.Toy ? "toyjs" : globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : "node";
const write = runtime === "toyjs" ? globalThis.print : (s) => console.log(s);
const exit = (code) => runtime === "toyjs" ? Toy.exit(code) : runtime === "deno" ? Deno.exit(code) : process.exit(code);

async function readText(path) {
  if (runtime === "toyjs") return Toy.readTextFile(path);
  if (runtime === "deno") return Deno.readTextFile(path);
  const fs = await import("node:fs/promises");
  return fs.readFile(path, "utf8");
}

// ------------------------------------------------------------ metadata --

// The YAML between /*--- and ---*/, as far as running a test needs it:
// includes, flags (both as [a, b] or as a list of "- a" lines) and
// negative (phase, type).
function metadata(source) {
  const m = /\/\*---([\s\S]*?)---\*\//.exec(source);
  const meta = { includes: [], flags: [], negative: null };
  if (!m) return meta;
  const lines = m[1].split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const kv = /^(\w+):\s*(.*)$/.exec(lines[i]);
    if (!kv) continue;
    const [, key, rest] = kv;
    if (key === "includes" || key === "flags") {
      let items = [];
      if (rest.startsWith("[")) items = rest.replace(/[[\]]/g, "").split(",");
      else while (i + 1 < lines.length && /^\s+-\s/.test(lines[i + 1])) items.push(lines[++i].replace(/^\s+-\s*/, ""));
      meta[key] = items.map((s) => s.trim()).filter((s) => s !== "");
    } else if (key === "negative") {
      meta.negative = {};
      while (i + 1 < lines.length && /^\s+\w+:/.test(lines[i + 1])) {
        const [, k, v] = /^\s+(\w+):\s*(.*)$/.exec(lines[++i]);
        meta.negative[k] = v.trim();
      }
    }
  }
  return meta;
}

// -------------------------------------------------------------- agents --

// The shared control block: a lock, how many agents have started, how
// many broadcasts agents have taken, and a queue of reports (each a
// length, then that many UTF-16 code units).
const LOCK = 0, STARTED = 1, TAKEN = 2, USED = 3, QUEUE = 4, CAPACITY = 1 << 16;
const control = new Int32Array(new SharedArrayBuffer(4 * (QUEUE + CAPACITY)));
const agents = [];
const nap = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms) {
  Atomics.wait(nap, 0, 0, Number(ms));
}

// Waits until test() holds, for at most ms; false if it never did.
function waitFor(test, ms) {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) return false;
    sleep(1);
  }
  return true;
}

function lock() {
  while (Atomics.compareExchange(control, LOCK, 0, 1) !== 0) Atomics.wait(control, LOCK, 1, 1);
}
function unlock() {
  Atomics.store(control, LOCK, 0);
  Atomics.notify(control, LOCK, 1);
}

// A report, oldest first, or null.
function getReport() {
  lock();
  try {
    if (Atomics.load(control, USED) === 0) return null;
    const len = control[QUEUE];
    let s = "";
    for (let i = 0; i < len; i++) s += String.fromCharCode(control[QUEUE + 1 + i]);
    const used = Atomics.load(control, USED);
    control.copyWithin(QUEUE, QUEUE + 1 + len, QUEUE + used);
    Atomics.store(control, USED, used - 1 - len);
    return s;
  } finally {
    unlock();
  }
}

const agentUrl = new URL(__t262.agent);

// A web Worker running agent.mjs (toyjs, Deno, Bun). An error the
// agent does not catch is printed, not allowed to end the test.
function webWorker() {
  const w = new Worker(agentUrl.href, { type: "module" });
  w.onerror = (e) => {
    e.preventDefault?.();
    write(`# agent error: ${e.message}`);
  };
  return w;
}

// Node's worker_threads comes from an import, which is asynchronous: it is
// loaded before the test runs, so that start() can stay synchronous.
const NodeWorker = runtime === "node" ? (await import("node:worker_threads")).Worker : null;

const agent = {
  start(source) {
    const before = Atomics.load(control, STARTED);
    let w;
    if (NodeWorker) {
      w = new NodeWorker(agentUrl);
      w.on("error", (e) => write(`# agent error: ${e}`));
    } else {
      w = webWorker();
    }
    agents.push(w);
    w.postMessage({ type: "start", control: control.buffer, source: String(source) });
    // "Will block until that agent is running."
    if (!waitFor(() => Atomics.load(control, STARTED) > before, 10000)) {
      throw new Error("$262.agent.start: the agent did not start within 10 s");
    }
  },
  broadcast(sab, id) {
    const target = Atomics.load(control, TAKEN) + agents.length;
    for (const w of agents) w.postMessage({ type: "broadcast", sab, id });
    // "Blocks until all agents have retrieved the message."
    if (!waitFor(() => Atomics.load(control, TAKEN) >= target, 10000)) {
      throw new Error("$262.agent.broadcast: not every agent took the broadcast within 10 s");
    }
  },
  getReport,
  sleep,
  monotonicNow: () => performance.now(),
};

function detachArrayBuffer(buffer) {
  if (typeof structuredClone !== "function") throw new TypeError("detachArrayBuffer: no structuredClone");
  structuredClone(buffer, { transfer: [buffer] });
  return null;
}

const host = {
  global: globalThis,
  evalScript: (source) => (0, eval)(String(source)),
  detachArrayBuffer,
  createRealm() {
    throw new Error("$262.createRealm is not provided by this runner");
  },
  agent,
};
if (typeof globalThis.gc === "function") host.gc = globalThis.gc;

// ------------------------------------------------------------- running --

let finished = false;
function finish(pass, why) {
  if (finished) return;
  finished = true;
  write(pass ? "#t262 PASS" : `#t262 FAIL ${String(why).replace(/\s+/g, " ").slice(0, 300)}`);
  for (const w of agents) w.terminate();
  exit(0);
}

function describe(e) {
  if (e !== null && typeof e === "object" && "message" in e) {
    return `${e?.constructor?.name ?? e.name}: ${e.message}`;
  }
  return `thrown: ${String(e)}`;
}

const source = await readText(__t262.test);
const meta = metadata(source);
const files = ["assert.js", "sta.js"];
if (meta.flags.includes("async")) files.push("doneprintHandle.js");
files.push(...meta.includes);
let harness = "";
for (const f of files) harness += (await readText(`${__t262.harness}/${f}`)) + "\n";
const code = (__t262.strict ? '"use strict";\n' : "") + source;

const define = (name, value) =>
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
define("$262", host);
define("print", (s) => {
  s = String(s);
  if (s === "Test262:AsyncTestComplete") finish(true);
  else if (s.startsWith("Test262:AsyncTestFailure:")) finish(false, s);
  else write(`# print: ${s}`);
});

try {
  (0, eval)(harness);
} catch (e) {
  finish(false, `the harness threw ${describe(e)}`);
}
try {
  (0, eval)(code);
  if (meta.negative) finish(false, `expected ${meta.negative.type} (${meta.negative.phase}), nothing thrown`);
  else if (!meta.flags.includes("async")) finish(true);
  // async: print() decides, or the time limit.
} catch (e) {
  if (meta.negative) {
    const name = e?.constructor?.name;
    finish(name === meta.negative.type, `expected ${meta.negative.type}, got ${describe(e)}`);
  } else {
    finish(false, describe(e));
  }
}
