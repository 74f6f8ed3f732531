// Debugger.pause stops a program that is busy in a loop that never
// yields to its event loop: the message wakes it with an interrupt of
// the isolate. An expression evaluated in the paused frame ends the loop.
// needs: debugger
// perms: -A
// expect: paused in busy.js: true
// expect: child: spinning
// expect: child: stopped: true
// expect: child exit code: 0
import { CdpClient, scriptUrl, nextWhere, finish, launch, urlOf } from "./_harness.js";

const run = await launch("--inspect-wait", "busy.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Runtime.enable");
await cdp.send("Debugger.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
await nextWhere(cdp, "Runtime.consoleAPICalled", (c) => c.args[0]?.value === "spinning");
await cdp.send("Debugger.pause");
const paused = await cdp.next("Debugger.paused");
const top = paused.callFrames[0];
print(`paused in busy.js: ${(await scriptUrl(cdp, top)) === urlOf("busy.js")}`);
await cdp.send("Debugger.evaluateOnCallFrame", {
  callFrameId: top.callFrameId,
  expression: "globalThis.stop = true",
});
await cdp.send("Debugger.resume");
await cdp.close();
await finish(run);
