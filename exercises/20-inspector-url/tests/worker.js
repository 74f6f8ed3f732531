// The debugger's server belongs to the main program: with --inspect-wait,
// once a debugger has said to run, the main program's
// Toy.inspector.url() is the URL, and a worker's is undefined.
// needs: debugger workers
// perms: -A
// expect: child: main: <url>
// expect: child: worker: undefined
// expect: child exit code: 0
import { Cdp, finish, launch } from "./_debugger.js";

const run = await launch("--inspect-wait", "worker.js", ["--allow-read"]);
const cdp = await Cdp.connect(run.url);
await cdp.send("Runtime.enable");
await cdp.send("Runtime.runIfWaitingForDebugger");
await cdp.event("Runtime.executionContextDestroyed");
cdp.close();
await finish(run);
