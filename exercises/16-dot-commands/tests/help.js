// .help lists the commands, one a line, and the REPL goes on with the
// next line.
// needs: repl
// perms: --allow-run=sh --allow-read
// expect: .break    Leave an unfinished input
// expect: .exit     Exit the REPL
// expect: .help     Print this list of commands
// expect: .load     Run the lines of a file as if typed: .load FILE
// expect: .save     Save the inputs of this session to a file: .save FILE
// expect: 2
// expect: exit 0
import { repl, show } from "./_repl.js";

show(await repl(".help\n1 + 1\n"));
