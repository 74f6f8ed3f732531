// The debugger's server belongs to the main program, not to its workers:
// in a worker of a program started with --inspect-wait (and let run by
// its debugger), waitForDebugger() throws "Inspector is not active".
// needs: debugger workers
// perms: -A
// expect: child: worker: Error: Inspector is not active (ERR_INSPECTOR_NOT_ACTIVE)
// expect: child exit code: 0
import { Cdp, finish, launch } from "./_debugger.js";

const run = await launch("--inspect-wait", "worker.js", ["--allow-read"]);
const cdp = await Cdp.connect(run.url);
await cdp.send("Runtime.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
await cdp.event("Runtime.executionContextDestroyed");
cdp.close();
await finish(run);
