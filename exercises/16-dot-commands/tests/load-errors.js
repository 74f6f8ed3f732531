// A .load that cannot read its file prints the error in one line, as an
// uncaught error without a stack, and the REPL goes on. Reading the file
// needs --allow-read, as any read does; .load with no file is a mistake.
// needs: repl
// perms: --allow-run=sh --allow-read --allow-write
// expect: Uncaught NotFound: No such file or directory (os error 2): readfile 'missing.js'
// expect: Uncaught TypeError: Usage: .load FILE
// expect: 'still here'
// expect: exit 0
// expect: Uncaught PermissionDenied: Requires read access to "lib.js", run again with the --allow-read flag
// expect: 'undefined'
// expect: exit 0
import { folder, repl, show } from "./_repl.js";

const dir = folder();
Toy.writeTextFileSync(`${dir}/lib.js`, "const secret = 1\n");
show(await repl(".load missing.js\n.load\n'still here'\n", { cwd: dir, flags: ["--allow-read"] }));
show(await repl(".load lib.js\ntypeof secret\n", { cwd: dir }));
Toy.removeSync(dir, { recursive: true });
