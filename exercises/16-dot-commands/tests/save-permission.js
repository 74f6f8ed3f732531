// .save needs --allow-write for its file, as any write does: without it
// the error is printed, no file is made, and the REPL goes on. A .save
// with no file is a mistake too.
// needs: repl
// perms: --allow-run=sh --allow-read --allow-write
// expect: 1
// expect: Uncaught PermissionDenied: Requires write access to "out.js", run again with the --allow-write flag
// expect: Uncaught TypeError: Usage: .save FILE
// expect: 'on'
// expect: exit 0
// expect: out.js exists: false
import { folder, repl, show } from "./_repl.js";

const dir = folder();
show(await repl("1\n.save out.js\n.save\n'on'\n", { cwd: dir, flags: ["--allow-read"] }));
let exists = true;
try {
  Toy.statSync(`${dir}/out.js`);
} catch {
  exists = false;
}
print(`out.js exists: ${exists}`);
Toy.removeSync(dir, { recursive: true });
