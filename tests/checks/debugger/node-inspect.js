// Drives Node's command-line debugger, `node inspect HOST:PORT`, against
// `RUNTIME --inspect-brk=127.0.0.1:0 app.js`, typing each command only once
// the output it waits for has appeared.
//   node tests/checks/debugger/node-inspect.js RUNTIME APP
"use strict";
const path = require("node:path");
const { spawn, Stream, startRuntime, reporter } = require("./lib.js");

const [runtime, app] = process.argv.slice(2);
const base = path.basename(app);
const rep = reporter("debugger-node-inspect");
let step = "starting the runtime";
rep.watchdog(Number(process.env.DEBUGGER_CHECK_LIMIT || 40), () => step);

async function main() {
  const rt = await startRuntime(runtime, app, rep);
  rep.ok(`${path.basename(runtime)} --inspect-brk printed ${rt.wsUrl}`);

  step = "starting node inspect";
  const dbg = spawn(process.execPath, ["inspect", `${rt.host}:${rt.port}`], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const out = new Stream("node inspect's output", dbg.stdout);
  const err = new Stream("node inspect's stderr", dbg.stderr);
  rep.show("node inspect output", () => out.text + err.text);
  const dbgExited = new Promise((resolve) => dbg.on("exit", (code) => resolve(code)));
  const prompt = () => out.expect(/debug> $/, "the prompt 'debug> '");
  // Types a command once the prompt is there; resolves with the output
  // matched by `re` (the prompt after it is waited for too).
  const type = async (cmd, re) => {
    step = `'${cmd}'`;
    dbg.stdin.write(cmd + "\n");
    const m = await out.expect(re, `the output of '${cmd}' (${re})`);
    await prompt();
    return m;
  };

  step = "the break on start";
  await out.expect(/Break on start in \S+:\d+/, "'Break on start in ...'");
  await prompt();
  rep.ok("node inspect connected; the program is paused on start");

  // setBreakpoint lists the lines around the breakpoint's, which it marks.
  await type(`sb('${base}', 4)`, /[>*] *4 +const sum = a \+ b;/);
  rep.ok(`sb('${base}', 4) set a breakpoint by file and line`);

  await type("cont", new RegExp(`break in \\S*${base.replace(".", "\\.")}:4\\b`));
  rep.ok("cont stopped at the breakpoint");

  await type("next", new RegExp(`break in \\S*${base.replace(".", "\\.")}:5\\b`));
  rep.ok("next went to the next line");

  await type("exec sum + 1000", /^1042$/m);
  await type("exec [a, b].join('+')", /^'20\+22'$/m);
  rep.ok("exec evaluated locals in the paused frame (sum + 1000 = 1042)");

  const bt = await type("bt", /#0 add \S+:5:\d+\n#1 main \S+:10:\d+\n/);
  rep.ok(`bt showed the frames (${bt[0].trim().split("\n").join("; ")})`);

  await type("cont", new RegExp(`break in \\S*${base.replace(".", "\\.")}:12\\b`));
  await rt.stdout.expect(/app\.js says 84\n/, "the program's console.log");
  rep.ok("cont stopped at the `debugger;` statement after the program's console.log");

  step = "cont to the end";
  dbg.stdin.write("cont\n");
  // Node and toyjs (as Deno) both wait, at the end, for the debugger to go.
  await rt.stderr.expect(/Waiting for (the debugger|inspector) to disconnect/,
    "the runtime's 'Waiting for ... to disconnect' line");
  rep.ok("cont ran the program to its end");

  step = "leaving node inspect";
  dbg.stdin.end(".exit\n");
  const code = await rt.exited;
  if (code !== 0) throw new Error(`the runtime exited with ${code}, not 0`);
  rep.ok("the runtime exited 0 once node inspect left");
  const dcode = await dbgExited;
  if (dcode !== 0) throw new Error(`node inspect exited with ${dcode}`);
}

main().then(
  () => process.exit(rep.failed ? 1 : 0),
  (e) => { rep.fail(step, e.message); process.exit(1); });
