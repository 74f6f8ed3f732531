// A command the REPL does not know is reported, not run as JavaScript,
// and the REPL goes on. A command counts only first in an input: inside
// an unfinished one, a line starting with a dot continues it.
// needs: repl
// perms: --allow-run=sh --allow-read
// expect: Invalid REPL keyword: .nope
// expect: Invalid REPL keyword: .Load
// expect: 'next'
// expect: 'a-b'
// expect: exit 0
import { repl, show } from "./_repl.js";

show(await repl('.nope\n  .Load x.js\n"next"\n(["a", "b"]\n.join("-"))\n'));
