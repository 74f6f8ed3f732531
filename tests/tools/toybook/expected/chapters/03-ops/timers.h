/* timers.h: the fixture's event loop.
 * It arrives with chapter 02. */
#ifndef TIMERS_H
#define TIMERS_H
void run_loop(void);
int loop_alive(void);
#endif
