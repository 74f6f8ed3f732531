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
