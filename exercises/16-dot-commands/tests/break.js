// .break drops an unfinished input: the line after it starts a new one.
// With nothing unfinished it does nothing. Blanks around a command do not
// matter, and a dot followed by a digit is JavaScript, not a command.
// needs: repl
// perms: --allow-run=sh --allow-read
// expect: 2
// expect: 'after'
// expect: 1.5
// expect: exit 0
import { repl, show } from "./_repl.js";

show(await repl("function f() {\n  if (true) {\n  .break  \n1 + 1\n.break\n'after'\n.5 + 1\n"));
