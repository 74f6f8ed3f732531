// The REPL and a debugger share the runtime's one inspector: with
// --inspect and no script, what is typed at the REPL is there for the
// debugger to evaluate, and the REPL goes on working.
// needs: debugger
// perms: -A
// expect: repl: 42
// expect: debugger: fromRepl = 42
// expect: repl: 43
// expect: child exit code: 0
import { CdpClient } from "./_harness.js";

const child = new Toy.Command(Toy.execPath(), {
  args: ["--inspect=127.0.0.1:0"],
  stdin: "piped",
  stdout: "piped",
  stderr: "piped",
}).spawn();
const input = child.stdin.getWriter();
const type = (line) => input.write(new TextEncoder().encode(line + "\n"));
const lines = (stream) => {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  return async (re) => {
    for (;;) {
      const m = re.exec(text);
      if (m) {
        text = text.slice(m.index + m[0].length);
        return m;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error(`the stream ended without ${re}: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
  };
};
const out = lines(child.stdout);
const err = lines(child.stderr);
const [, url] = await err(/Debugger listening on (ws:\/\/\S+)\n/);

await type("globalThis.fromRepl = 6 * 7");
print(`repl: ${(await out(/^(\d+)\n/m))[1]}`);
const cdp = await CdpClient.connect(url);
const { result } = await cdp.send("Runtime.evaluate", { expression: "fromRepl" });
print(`debugger: fromRepl = ${result.value}`);
await type("fromRepl + 1");
print(`repl: ${(await out(/^(\d+)\n/m))[1]}`);
await input.close();
await err(/Program finished/);
await cdp.close();
print(`child exit code: ${(await child.status).code}`);
