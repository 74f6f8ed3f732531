// spawn() is checked against --allow-run exactly as output() is: a
// program outside the grant is refused before anything starts, and no
// rid is made for it.
// needs: pipes
// perms: --allow-run=echo
// expect: PermissionDenied: Requires run access to "cat", run again with the --allow-run flag
// expect: open: none
import { openResources } from "./_bytes.js";

try {
  new Toy.Command("cat", { stdin: "piped", stdout: "piped" }).spawn();
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
print(`open: ${openResources()}`);
