// Helpers for the debugger tests (not a test: its name starts with "_"),
// over the CDP client in tests/fixtures/debugger/cdp.js. Each test starts
// a second toyjs on a fixture with --inspect-brk, --inspect-wait or
// --inspect on 127.0.0.1:0 (a port the system picks, read back from the
// "Debugger listening on ws://..." line of its stderr), talks to it as a
// debugger does, and prints what it saw. Nothing here sleeps: every step
// waits for a message or an exit; the runner's time limit catches a hang.
import { CdpClient, launch as start } from "../../fixtures/debugger/cdp.js";

export { CdpClient };

export const FIXTURES = decodeURIComponent(
  import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""),
) + "/fixtures";

// The URL the debugged program knows the fixture by.
export const urlOf = (name) => `file://${FIXTURES}/${name}`;

// toyjs FLAG=127.0.0.1:0 fixtures/NAME, started (cdp.js's launch).
export function launch(flag, name, args = []) {
  return start({ script: `${FIXTURES}/${name}`, flags: [`${flag}=127.0.0.1:0`], args });
}

// The next event method whose params pass test (those before it that do
// not are dropped).
export async function nextWhere(cdp, method, test) {
  for (;;) {
    const params = await cdp.next(method);
    if (test(params)) return params;
  }
}

// The URL of the script a frame is in, from its Debugger.scriptParsed
// (a frame's own url field is left empty by V8 10.2).
export async function scriptUrl(cdp, frame) {
  const id = frame.location.scriptId;
  return (await nextWhere(cdp, "Debugger.scriptParsed", (p) => p.scriptId === id)).url;
}

// Waits for the child's exit and prints its stdout, with stderrLines its
// stderr's lines too (but the three the debugger's start prints, and
// those skip matches) and its exit code.
export async function finish(target, { stderrLines = false, skip = /^$/ } = {}) {
  const status = await target.status;
  for (const line of target.stdout().split("\n")) if (line !== "") print(`child: ${line}`);
  if (stderrLines) {
    for (const line of target.stderr().split("\n")) {
      if (line === "" || skip.test(line) ||
          /^(Debugger listening on|Visit chrome:|toyjs is waiting)/.test(line)) continue;
      print(`child stderr: ${line}`);
    }
  }
  print(`child exit code: ${status.code}`);
}
