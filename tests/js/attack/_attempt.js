// Helpers for the attack tests (not a test: its name starts with "_").
// Each attack prints one line: "LABEL: denied" when the runtime refused it
// with PermissionDenied, "LABEL: NAME" for any other error, and
// "LABEL: ALLOWED (N bytes)" when it went through. Nothing an attack
// returns is ever printed, so a leak shows as ALLOWED, never as content.

// This folder, as a path (import.meta.url is a file URL).
export const HERE = decodeURIComponent(
  import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""),
);
export const FIX = HERE + "/fixtures";

function outcome(e) {
  if (e instanceof Toy.errors.PermissionDenied) return "denied";
  return e?.name ?? typeof e;
}

function size(result) {
  if (typeof result === "string" || result instanceof Uint8Array) return `${result.length} bytes`;
  return typeof result;
}

export function attempt(label, fn) {
  try {
    print(`${label}: ALLOWED (${size(fn())})`);
  } catch (e) {
    print(`${label}: ${outcome(e)}`);
  }
}

export async function attemptAsync(label, fn) {
  try {
    print(`${label}: ALLOWED (${size(await fn())})`);
  } catch (e) {
    print(`${label}: ${outcome(e)}`);
  }
}

// Reads a whole file through a raw rid, as an attack that got a rid would.
export function drain(rid) {
  const file = new Toy.FsFile(rid);
  const buf = new Uint8Array(4096);
  const n = file.readSync(buf) ?? 0;
  file.close();
  return buf.subarray(0, n);
}

// What an attack already started comes to, in attempt's words. The
// handlers are attached at once, so a refusal that arrives before anyone
// awaits it is never reported as an unhandled rejection.
export function settle(promise) {
  return promise.then((r) => `ALLOWED (${size(r)})`, (e) => outcome(e));
}

// Fills libuv's threadpool (n threads, 4 unless UV_THREADPOOL_SIZE says
// otherwise) with opens of the FIFO at path, each of which waits on its
// thread for a writer. An async op started next waits in libuv's queue
// behind them, so whatever the script does before it calls release()
// happens, for certain, before that op's work. release() is the writer.
export function holdThreadpool(path, n) {
  const opens = Array.from({ length: n }, () => Toy.open(path));
  return async () => {
    const writer = Toy.openSync(path, { read: true, write: true });  // never waits
    for (const file of await Promise.all(opens)) file.close();
    writer.close();
  };
}
