// A debugger; statement pauses the program when a debugger has enabled
// the Debugger domain; the paused frame's variables are there to read.
// needs: debugger
// perms: -A
// expect: paused: statement.js:3 other
// expect: x = 42
// expect: child: after the debugger statement: 42
// expect: child exit code: 0
import { CdpClient, finish, launch } from "./_harness.js";

const run = await launch("--inspect-wait", "statement.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Debugger.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
const paused = await cdp.next("Debugger.paused");
const top = paused.callFrames[0];
print(`paused: statement.js:${top.location.lineNumber + 1} ${paused.reason}`);
const { result } = await cdp.send("Debugger.evaluateOnCallFrame", {
  callFrameId: top.callFrameId,
  expression: "x",
});
print(`x = ${result.value}`);
await cdp.send("Debugger.resume");
await cdp.close();
await finish(run);
