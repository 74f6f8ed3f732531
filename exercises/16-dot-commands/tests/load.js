// .load FILE runs the file's lines as if they were typed, before the
// lines that follow it: each result is printed, an input may span lines,
// an await is awaited, and what the file declares stays declared. The
// last line needs no newline. A file may .load another one.
// needs: repl
// perms: --allow-run=sh --allow-read --allow-write
// expect: undefined
// expect: undefined
// expect: 42
// expect: 'awaited'
// expect: 'inner'
// expect: 43
// expect: 10
// expect: exit 0
import { folder, repl, show } from "./_repl.js";

const dir = folder();
Toy.writeTextFileSync(`${dir}/lib.js`,
  "const double = (n) =>\n  n * 2\nlet total = double(21)\ntotal\n" +
  "await new Promise((r) => setTimeout(() => r('awaited'), 10))\n.load inner.js");
Toy.writeTextFileSync(`${dir}/inner.js`, "'inner'\n");
show(await repl(".load lib.js\ntotal + 1\ndouble(5)\n", { cwd: dir, flags: ["--allow-read"] }));
Toy.removeSync(dir, { recursive: true });
