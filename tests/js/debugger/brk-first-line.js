// --inspect-brk: toyjs waits for a debugger; once it says
// Runtime.runIfWaitingForDebugger, the program pauses on the first line
// of the main module, not in the runtime's own JavaScript. Debugger.resume
// lets it run to its end with exit code 0. A debugger still connected at
// the end hears Runtime.executionContextDestroyed, and toyjs says it
// waits for it to go, as Deno does.
// needs: debugger
// perms: -A
// expect: paused: main.js:1 Break on start
// expect: ended
// expect: child: hello 5
// expect: child stderr: Program finished. Waiting for inspector to disconnect to exit the process...
// expect: child exit code: 0
import { CdpClient, scriptUrl, finish, launch, urlOf } from "./_harness.js";

const run = await launch("--inspect-brk", "main.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Runtime.enable");
await cdp.send("Debugger.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
const paused = await cdp.next("Debugger.paused");
const top = paused.callFrames[0];
const url = await scriptUrl(cdp, top);
if (url !== urlOf("main.js")) print(`paused in ${url}`);
print(`paused: main.js:${top.location.lineNumber + 1} ${paused.reason}`);
await cdp.send("Debugger.resume");
await cdp.next("Runtime.executionContextDestroyed");
print("ended");
await cdp.close();
await finish(run, { stderrLines: true });
