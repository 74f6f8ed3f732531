// A spawned child's status settles when it exits, in Deno's shape: sh
// -c 'exit 3' fails with code 3 and no signal; a child killed with
// SIGTERM fails with code 128 + 15 and the signal's name. The child's rid
// goes at its exit, so kill() after that is a TypeError, not a signal to
// a pid another process may have by now.
// needs: pipes
// perms: --allow-run=sh,sleep
// expect: exit 3: false 3 null
// expect: killed: false 143 SIGTERM
// expect: TypeError: Child process has already terminated
// expect: open: none
import { openResources } from "./_bytes.js";

const three = new Toy.Command("sh", { args: ["-c", "exit 3"] }).spawn();
let s = await three.status;
print(`exit 3: ${s.success} ${s.code} ${s.signal}`);
const sleeper = new Toy.Command("sleep", { args: ["30"] }).spawn();
sleeper.kill("SIGTERM");
s = await sleeper.status;
print(`killed: ${s.success} ${s.code} ${s.signal}`);
try {
  sleeper.kill();
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
print(`open: ${openResources()}`);
