// A debugger that disconnects while the program is paused lets it run on
// to its end; with none left, toyjs exits at once, its code the
// program's.
// needs: debugger
// perms: -A
// expect: paused
// expect: child: hello 5
// expect: child exit code: 0
import { CdpClient, finish, launch } from "./_harness.js";

const run = await launch("--inspect-brk", "main.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Debugger.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
await cdp.next("Debugger.paused");
print("paused");
await cdp.close();
await finish(run, { stderrLines: true });
