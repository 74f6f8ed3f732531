// .save FILE writes every input run so far, as typed, in order (lines of
// a multi-line input together, commands left out, a failed input kept):
// loading the file in a new REPL builds the same state again.
// needs: repl
// perms: --allow-run=sh --allow-read --allow-write
// expect: undefined
// expect: undefined
// expect: 2
// expect: Uncaught ReferenceError: nope is not defined
// expect: Session saved to: session.js
// expect: exit 0
// expect: ---
// expect: let a = 1
// expect: function add(x) {
// expect:   return x + a
// expect: }
// expect: add(1)
// expect: nope
// expect: ---
// expect: 42
// expect: exit 0
import { folder, repl, show } from "./_repl.js";

const dir = folder();
const first = await repl("let a = 1\nfunction add(x) {\n  return x + a\n}\n.help\nadd(1)\nnope\n.save session.js\n",
  { cwd: dir, flags: ["--allow-read", "--allow-write"] });
show({ text: first.text.split("\n").filter((l) => !l.startsWith(".") && !l.startsWith("    at ")).join("\n"), code: first.code });
print("---");
print(Toy.readTextFileSync(`${dir}/session.js`).replace(/\n$/, ""));
print("---");
const again = await repl(".load session.js\nadd(41)\n", { cwd: dir, flags: ["--allow-read"] });
show({ text: again.text.split("\n").slice(-2).join("\n"), code: again.code });
Toy.removeSync(dir, { recursive: true });
