// The op fuzzer: from a seed, calls every op in Toy.core.ops, again and
// again, with arguments of random types and values, the way a hostile
// script could. Run it through tests/fuzz/ops.sh, which gives it a fresh
// sandbox folder and a loopback port, and reads the outcome:
//
//   toyjs --allow-read=DIR --allow-write=DIR --allow-net=127.0.0.1:PORT \
//     --v8-flags=--allow-natives-syntax tests/fuzz/ops.js SEED CALLS DIR PORT
//
// Nothing an op answers is checked here: every exception it throws and
// every promise it rejects is an answer. The oracle is the runtime, built
// with AddressSanitizer and UBSan (build/asan/toyjs): any crash, report,
// abort or hang is a defect in an op, which must bound every length and
// offset it is given and keep the state it relies on in C.
//
// The same seed makes the same choices. What is open, and which async
// ops have settled, when a choice is made is up to the kernel and the
// thread pool, so a round repeats closely, not always exactly.
//
// --allow-natives-syntax lets the driver detach an ArrayBuffer
// (%ArrayBufferDetach), as a transfer would; nothing else uses it.
"use strict";

const ops = Toy.core.ops;
const [seedText = "1", callsText = "2000", dir = ".", portText = "0", report = ""] = Toy.args;
const SEED = Number(seedText) >>> 0;
const CALLS = Number(callsText);
const PORT = Number(portText);

// Ops the driver leaves out, each with the reason. Everything else in
// Toy.core.ops is called; an op added later is called without a change
// here.
const EXCLUDED = {};

// Ops called only in the last tenth of a round, with the reason: what
// they take away, the rest of the round would go without.
const LATE = {
  op_permissions_revoke:
    "revoking the sandbox's grants leaves every later call a PermissionDenied",
};

// ------------------------------------------------------------ random --

// xorshift32: small, and the same sequence everywhere for a seed.
let state = SEED || 0x9e3779b9;
function rand() {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
}
const int = (n) => Math.floor(rand() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => rand() < p;

// ------------------------------------------------------------ values --

let detach = null;   // %ArrayBufferDetach, when V8 allows the syntax
try {
  detach = new Function("buffer", "%ArrayBufferDetach(buffer)");
} catch {
  detach = null;
}

const live = [];      // rids open now (from op_resources)
const seen = [];      // rids and ids handed out before (some closed now)
const found = [];     // strings ops returned (paths of temp files, ...)

// Adds value to a list of at most 16, in place of an old one when full.
function remember(list, value) {
  if (list.includes(value)) return;
  if (list.length < 16) list.push(value);
  else list[int(16)] = value;
}

function refreshRids() {
  live.length = 0;
  try {
    for (const rid of Object.keys(ops.op_resources())) {
      live.push(Number(rid));
      remember(seen, Number(rid));
    }
  } catch {
    // op_resources is fuzzed too; a failure here is its answer
  }
}

const EDGES = [
  0, 1, 2, 3, 4, -1, -0, 0.5, 1.9, -1.9, NaN, Infinity, -Infinity,
  2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32,
  2 ** 32 + 2, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e300, -1e300,
  Number.MAX_VALUE, Number.MIN_VALUE, 0o777, 0o666, 0o7777, 32, 4096,
  65535, 65536, 1 << 20,
];

function number() {
  const r = rand();
  if (r < 0.3 && live.length) return pick(live);
  if (r < 0.4 && seen.length) return pick(seen) + pick([0, 0, 1, -1, 2 ** 32]);
  if (r < 0.7) return pick(EDGES);
  if (r < 0.8) return PORT;
  if (r < 0.9) return int(64);
  return (rand() - 0.5) * 2 ** int(70);
}

const cert = readFixture("cert.pem");
const key = readFixture("key.pem");
function readFixture(name) {
  try {
    return new TextDecoder().decode(ops.op_fs_read_file_sync(dir + "/" + name));
  } catch {
    return "";
  }
}

const NAMES = [
  "", "f", "g.txt", "d", "d/x", "d/y/z", ".", "..", "../..", "/", "//",
  "/etc/passwd", "/proc/self/mem", "/dev/zero", "/tmp", "cert.pem",
  "f\0/../../../etc/passwd", "\0", "a".repeat(300), "d/".repeat(2100),
];
const path = () => (chance(0.8) ? dir + "/" : "") + pick(NAMES);
const WORDS = [
  "", "read", "write", "net", "env", "run", "sys", "ffi", "nope",
  "127.0.0.1", "127.0.0.1", "localhost", "::1", "[::1]", "0.0.0.0",
  "1.2.3.4.5", "example.invalid", "SIGTERM", "SIGHUP", "SIGNOPE", "HOME",
  "PATH", "A=B", "=", "true", "/bin/true", "a\0b\0", "a\0b", "\ud800",
  "\udfff\ud800", "é", "😀", "%s%n%p%x", "\r\n\r\n",
  "GET / HTTP/1.1\r\nHost: x\r\n\r\n", "-----BEGIN CERTIFICATE-----\n",
  cert, key, cert + key, cert.slice(0, 100),
];

function randomText(n) {
  let s = "";
  for (let i = 0; i < n; i++) {
    const r = rand();
    s += String.fromCharCode(r < 0.6 ? 0x20 + int(95) : r < 0.8 ? int(32) : int(0x10000));
  }
  return s;
}

function string() {
  const r = rand();
  if (r < 0.35) return path();
  if (r < 0.7) return pick(WORDS);
  if (r < 0.8 && found.length) return pick(found);
  if (r < 0.95) return randomText(int(40));
  return "x".repeat(pick([4096, 65537, 1 << 20]));
}

const SIZES = [0, 1, 2, 3, 7, 31, 32, 33, 64, 100, 4096, 65537];

function bytes() {
  const n = pick(SIZES);
  const r = rand();
  let array;
  if (r < 0.1) {
    array = new Uint8Array(new SharedArrayBuffer(n));
  } else if (r < 0.3) {   // a view into the middle of a larger buffer
    const outer = new Uint8Array(n + 16);
    array = outer.subarray(1 + int(8), 1 + int(8) + n);
  } else {
    array = new Uint8Array(n);
  }
  if (chance(0.5)) {
    for (let i = 0; i < array.length; i++) array[i] = int(256);
  } else if (chance(0.5)) {
    const text = pick(WORDS);
    for (let i = 0; i < array.length && i < text.length; i++) array[i] = text.charCodeAt(i);
  }
  if (detach && chance(0.08) && detachable(array)) detach(array.buffer);
  return array;
}

// A typed array over an ArrayBuffer (a SharedArrayBuffer cannot be
// detached). isView is asked first: it throws for nothing, not even a
// revoked Proxy, which instanceof does.
function detachable(value) {
  return ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer;
}

const revoked = Proxy.revocable({}, {});
revoked.revoke();
const OTHERS = [
  null, undefined, true, false, {}, [], [1, 2], () => 0, Symbol("s"), 10n,
  new Uint16Array(3), new Int8Array(2), new DataView(new ArrayBuffer(4)),
  new ArrayBuffer(8), revoked.proxy, { toJSON() { throw new Error("toJSON"); } },
  { valueOf: () => 3, toString: () => "x" }, new Date(0), /re/, Object.create(null),
];

const FAMILIES = {
  number,
  string,
  bytes,
  boolean: () => chance(0.5),
  other: () => pick(OTHERS),
};
const FAMILY_NAMES = Object.keys(FAMILIES);

// What each op's arguments turned out to be, learned from the TypeErrors
// the bridge throws ("op_x: argument 2 must be a string, got number"):
// later calls mostly pass that kind, so they get past the check and into
// the op itself.
const learned = {};
const KINDS = { "a number": "number", "a resource id": "number", "a string": "string",
                "a Uint8Array": "bytes", "a boolean": "boolean" };

function learn(error) {
  const m = /^(op_\w+): argument (\d+) must be (a number|a resource id|a string|a Uint8Array|a boolean)/
    .exec(error?.message ?? "");
  if (m) (learned[m[1]] ??= [])[Number(m[2]) - 1] = KINDS[m[3]];
}

function argument(name, i) {
  const kind = learned[name]?.[i];
  if (kind && chance(0.9)) return FAMILIES[kind]();
  return FAMILIES[pick(FAMILY_NAMES)]();
}

// Argument lists that an op accepted, to vary one argument at a time:
// a connect that worked is tried again, with a new port or the same.
const accepted = {};

// Starting points for ops whose good arguments random ones would rarely
// hit together (a host and the one port granted, a certificate and its
// key): lists of the right shape, which the calls then vary. Only a
// head start: every op is called with anything as well.
const rid = () => (live.length && chance(0.8) ? pick(live) : number());
const PERMISSIONS = ["read", "write", "net", "env", "run", "sys", "ffi", "hrtime", "nope"];
const HOSTS = ["127.0.0.1", "127.0.0.1", "127.0.0.1", "localhost", "::1", "0.0.0.0", ""];
const SEEDS = {
  op_fs_open: () => [path(), int(64), pick([0o666, 0o600, 0, 0o7777])],
  op_fs_write_file: () => [path(), bytes(), int(64), 0o666],
  op_fs_write_text_file: () => [path(), string(), int(64), 0o666],
  op_fs_make_temp_dir: () => [pick([dir, dir + "/d", ""]), pick(["", "p", "."]), pick(["", "s"])],
  op_fs_make_temp_file: () => [pick([dir, dir + "/d", ""]), pick(["", "p", "."]), pick(["", "s"])],
  op_fs_mkdir: () => [path(), chance(0.5), pick([0o777, 0o700, 0])],
  op_fs_truncate: () => [path(), pick([0, 1, 100, 4096, 1 << 20])],
  op_fs_seek: () => [rid(), pick([0, 1, -1, 100, 2 ** 40]), int(3)],
  op_permissions_query: () => [pick(PERMISSIONS), pick(["", path(), "127.0.0.1", "HOME"])],
  op_permissions_request: () => [pick(PERMISSIONS), pick(["", path(), "127.0.0.1", "HOME"])],
  op_permissions_revoke: () => [pick(PERMISSIONS), pick([path(), "127.0.0.1:1", "HOME"])],
  op_net_listen: () => [pick(HOSTS), pick([PORT, 0])],
  op_net_connect: () => [pick(HOSTS), chance(0.8) ? PORT : number()],
  op_tls_server_context: () => [pick([cert, cert + cert, key]), pick([key, cert])],
  op_tls_start: () => [rid(), pick(HOSTS.concat("example.com", "a\0b")), pick(["", cert])],
  op_tls_accept: () => [rid(), rid()],
  op_compression_new: () => [pick(["gzip", "deflate", "deflate-raw", "br", ""]), chance(0.5)],
  op_compression_write: () => [rid(), bytes()],
};

function argumentsFor(name, arity) {
  const seed = SEEDS[name.replace(/_sync$/, "")];
  if (seed && chance(0.5)) return seed();
  const good = accepted[name];
  if (good && good.length && chance(0.4)) {
    const args = pick(good).slice();
    if (args.length) args[int(args.length)] = argument(name, int(args.length));
    return args;
  }
  const n = chance(0.9) ? arity : Math.max(0, arity + pick([-2, -1, 1, 2]));
  const args = [];
  for (let i = 0; i < n; i++) args.push(argument(name, i));
  return args;
}

function accept(name, args) {
  remember((accepted[name] ??= []), args);
}

// What an op gave back that later calls can use: rids and ids, paths.
function keep(result) {
  if (typeof result === "number" && Number.isInteger(result) && result >= 0 && result < 1e6)
    remember(seen, result);
  else if (typeof result === "string" && result.startsWith("/")) remember(found, result);
  else if (typeof result?.rid === "number") remember(seen, result.rid);
}

// ------------------------------------------------------------- calls --

const pending = new Set();
const counts = { calls: 0, threw: 0, rejected: 0, resolved: 0 };
const perOp = {};    // name -> { calls, ok, errors: { "TypeError": n } }

function outcome(name, error) {
  const o = (perOp[name] ??= { calls: 0, ok: 0, errors: {} });
  if (error === undefined) o.ok++;
  else {
    const kind = error?.name ?? typeof error;
    o.errors[kind] = (o.errors[kind] ?? 0) + 1;
  }
}

function call(name) {
  const op = ops[name];
  const args = argumentsFor(name, op.length);
  counts.calls++;
  (perOp[name] ??= { calls: 0, ok: 0, errors: {} }).calls++;
  let result;
  try {
    result = chance(0.01) ? Reflect.construct(op, args) : op(...args);
  } catch (e) {
    counts.threw++;
    learn(e);
    outcome(name, e);
    return;
  }
  if (result instanceof Promise) {
    const p = result.then(
      (value) => { counts.resolved++; keep(value); accept(name, args); outcome(name); },
      (e) => { counts.rejected++; learn(e); outcome(name, e); },
    ).finally(() => pending.delete(p));
    pending.add(p);
    // The op holds the bytes until it settles: take them from JS now.
    if (detach && chance(0.1)) {
      for (const a of args) if (detachable(a)) detach(a.buffer);
    }
  } else {
    keep(result);
    accept(name, args);
    outcome(name);
  }
}

// A pause for the loop: completions settle, sockets move. op_sleep's
// timer is the driver's own, which no fuzzed op can clear (setTimeout's
// ids are the ones op_timer_clear takes).
const pause = (ms) => ops.op_sleep(ms);

const names = Object.keys(ops).filter((name) => !(name in EXCLUDED));

// The driver's own listener on the granted port, so that connects find
// someone. The fuzzed ops may close it like any other rid: each cycle
// opens it again if it is gone.
function listen() {
  try {
    ops.op_net_listen("127.0.0.1", PORT);
  } catch {
    // taken, closed meanwhile, or no port granted
  }
}

// Every op once in each cycle, and the ops with SEEDS once more, in a
// shuffled order, with pauses between.
while (counts.calls < CALLS) {
  listen();
  refreshRids();
  const late = counts.calls >= CALLS * 0.9;
  const order = names.concat(names.filter((name) => name.replace(/_sync$/, "") in SEEDS))
    .filter((name) => late || !(name in LATE));
  for (let i = order.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const name of order) {
    call(name);
    if (chance(0.1)) refreshRids();
    if (chance(0.05)) await pause(chance(0.9) ? 0 : 5);
  }
}

// The end: close what is still open (which settles what waits on it),
// give the rest a few turns of the loop, then leave: some ops wait for
// ever by design (a sleep of 2**32 - 1 ms, an interval timer).
refreshRids();
for (const open of live) {
  try {
    ops.op_close(open);
  } catch {
    // closed meanwhile
  }
}
for (let i = 0; i < 20 && pending.size > 0; i++) await pause(10);
print(`\nops-fuzz: seed ${SEED}: ${counts.calls} calls of ${names.length} ops ` +
      `(${counts.threw} threw, ${counts.resolved} resolved, ${counts.rejected} rejected, ` +
      `${pending.size} still pending); left out: ${Object.keys(EXCLUDED).join(", ") || "none"}`);
// With "report" after the port: how each op answered, to see how deep
// the calls get (an op that only ever throws TypeError is barely tested).
if (report === "report") {
  for (const name of names.sort()) {
    const o = perOp[name] ?? { calls: 0, ok: 0, errors: {} };
    const errors = Object.entries(o.errors).map(([k, n]) => `${k} ${n}`).join(", ");
    print(`${name.padEnd(28)} ${String(o.calls).padStart(5)} calls, ${o.ok} ok${errors ? ", " + errors : ""}`);
  }
}
Toy.exit(0);
