// The debugger changes no exit code: Toy.exit(3) exits 3 and an uncaught
// error 1, with a debugger connected to the end.
// needs: debugger
// perms: -A
// expect: child: exiting with 3
// expect: child stderr: Program finished. Waiting for inspector to disconnect to exit the process...
// expect: child exit code: 3
// expect: child: about to throw
// expect: child stderr: error: Uncaught Error: boom
// expect: child stderr: Program finished. Waiting for inspector to disconnect to exit the process...
// expect: child exit code: 1
import { CdpClient, finish, launch } from "./_harness.js";

for (const name of ["exit.js", "throws.js"]) {
  const run = await launch("--inspect-wait", name);
  const cdp = await CdpClient.connect(run.url);
  await cdp.send("Runtime.enable");
  await cdp.send("Runtime.runIfWaitingForDebugger");
  await cdp.next("Runtime.executionContextDestroyed");
  await cdp.close();
  // (The uncaught error's source line, caret and stack left out.)
  await finish(run, { stderrLines: true, skip: /^ *(at |throw|\^)|throws\.js:/ });
}
