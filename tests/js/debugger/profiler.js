// The CPU profiler V8's inspector provides works: Profiler.start before
// the program runs, Profiler.stop while it is paused give a profile.
// needs: debugger
// perms: -A
// expect: profile: true true true
// expect: child: total: 33825
// expect: child exit code: 0
import { CdpClient, finish, launch } from "./_harness.js";

const run = await launch("--inspect-wait", "work.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.start");
await cdp.send("Debugger.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
await cdp.next("Debugger.paused");
const { profile } = await cdp.send("Profiler.stop");
print(`profile: ${profile.nodes.some((n) => n.callFrame.functionName === "(root)")}`,
      `${Array.isArray(profile.samples)}`, `${profile.endTime >= profile.startTime}`);
await cdp.send("Debugger.resume");
await cdp.close();
await finish(run);
