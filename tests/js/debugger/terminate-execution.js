// Runtime.terminateExecution stops a program busy in a loop that never
// yields (as DevTools' "stop" does): the program ends as with an uncaught
// error, in Deno's words, exit code 1. (V8 gives no exception for a
// termination: toyjs used to print "error: Uncaught null".)
// needs: debugger
// perms: -A
// expect: terminated
// expect: child: spinning
// expect: child stderr: error: Uncaught Error: execution terminated
// expect: child exit code: 1
import { CdpClient, finish, launch, nextWhere } from "./_harness.js";

const run = await launch("--inspect", "busy.js");
const cdp = await CdpClient.connect(run.url);
await cdp.send("Runtime.enable");
await nextWhere(cdp, "Runtime.consoleAPICalled", (c) => c.args[0]?.value === "spinning");
await cdp.send("Runtime.terminateExecution");
print("terminated");
await cdp.close();
await finish(run, { stderrLines: true, skip: /^Program finished/ });
