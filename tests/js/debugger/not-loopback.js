// Bound to an address other than loopback, the debugger says that
// whoever can connect can run any code; on loopback it says nothing of
// the kind.
// needs: debugger
// perms: -A
// expect: 0.0.0.0: warning: the debugger is bound to 0.0.0.0, not to loopback: whoever can connect to it can run any code in this process.
// expect: 127.0.0.1: no warning
import { FIXTURES } from "./_harness.js";

for (const host of ["0.0.0.0", "127.0.0.1"]) {
  const out = await new Toy.Command(Toy.execPath(), {
    args: [`--inspect=${host}:0`, `${FIXTURES}/main.js`],
    stdin: "null",
  }).output();
  const warning = new TextDecoder().decode(out.stderr).split("\n").find((l) => l.startsWith("warning:"));
  print(`${host}: ${warning ?? "no warning"}`);
}
