// output() on a spawned child reads piped stdout and stderr to their
// ends side by side (a child that fills one pipe while nobody reads it
// would never exit), with the status; a stream not piped throws when
// asked for, as in Deno.
// needs: pipes
// perms: --allow-run=sh
// expect: out: 200000 bytes, err: 200000 bytes, code 0
// expect: TypeError: Cannot get 'stdin': 'stdin' is not piped
// expect: open: none
import { openResources } from "./_bytes.js";

const script = "head -c 200000 /dev/zero; head -c 200000 /dev/zero >&2";
const child = new Toy.Command("sh", { args: ["-c", script], stdout: "piped", stderr: "piped" }).spawn();
try {
  child.stdin;
} catch (e) {
  var notPiped = `${e.name}: ${e.message}`;
}
const out = await child.output();
print(`out: ${out.stdout.length} bytes, err: ${out.stderr.length} bytes, code ${out.code}`);
print(notPiped);
print(`open: ${openResources()}`);
