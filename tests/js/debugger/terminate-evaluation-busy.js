// While the program is busy (a loop that never yields), a debugger's
// endless evaluation and the Runtime.terminateExecution behind it, sent
// in one write: the evaluation is stopped and the program goes on. (The
// two messages' interrupts were taken by V8 as one batch, the first ran
// the endless evaluation, and the second waited, unseen, for some later
// message.)
// needs: debugger
// perms: -A
// expect: evaluation: Execution was terminated
// expect: terminate: answered
// expect: child: spinning
// expect: child: stopped: true
// expect: child exit code: 0
import { finish, launch } from "./_harness.js";
import { frame, openWebSocket, parseFrames, writeAll } from "../../fixtures/debugger/cdp.js";

const run = await launch("--inspect", "busy.js");
await run.printed(/spinning/);
const { conn, rest } = await openWebSocket(run.url);
const evaluate = frame(0x1, JSON.stringify({ id: 1, method: "Runtime.evaluate", params: { expression: "while (true) {}" } }));
const terminate = frame(0x1, JSON.stringify({ id: 2, method: "Runtime.terminateExecution" }));
await writeAll(conn, new Uint8Array([...evaluate, ...terminate]));

// The answers to both, whichever comes first.
const answers = new Map();
let bytes = rest;
const buf = new Uint8Array(65536);
while (answers.size < 2) {
  const { frames, rest: left } = parseFrames(bytes);
  bytes = left;
  for (const f of frames) {
    const msg = JSON.parse(new TextDecoder().decode(f.payload));
    if (msg.id !== undefined) answers.set(msg.id, msg);
  }
  if (answers.size >= 2) break;
  const n = await conn.read(buf);
  if (n === null) throw new Error("the connection ended");
  bytes = new Uint8Array([...bytes, ...buf.subarray(0, n)]);
}
print(`evaluation: ${answers.get(1).error?.message ?? JSON.stringify(answers.get(1))}`);
print(`terminate: ${answers.get(2).result ? "answered" : JSON.stringify(answers.get(2))}`);
const stop = frame(0x1, JSON.stringify({ id: 3, method: "Runtime.evaluate", params: { expression: "globalThis.stop = true" } }));
await writeAll(conn, stop);
await writeAll(conn, frame(0x8, new Uint8Array([0x03, 0xe8])));
conn.close();
await finish(run);
