/* repl.h: the read-eval-print loop `toyjs` starts when given no script. */
#ifndef TOY_REPL_H
#define TOY_REPL_H

#include "runtime.h"

/* Reads inputs from stdin, runs each in rt and prints its result, until
 * .exit, the end of input, or Toy.exit. On a terminal, lines are edited
 * with libedit, with a prompt and history (in memory only); otherwise
 * they are read as they come, with no prompt. The event loop turns while
 * the REPL waits for a line, so timers and I/O started by one input run
 * between prompts. Returns the exit code: 0, or the one given Toy.exit. */
int toy_repl_run(toy_runtime *rt);

#endif
