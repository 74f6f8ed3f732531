/* timers.h: the fixture's event loop.
 * It arrives with chapter 02. */
//@ 02-timers
#ifndef TIMERS_H
#define TIMERS_H
//> 02-timers run-loop-decl
void run_loop(void);
//< 02-timers run-loop-decl
//> 03-ops omit
int loop_alive(void);
//< 03-ops omit
#endif
