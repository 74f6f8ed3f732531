/* main.c: the fixture runtime's entry point. */
#include <stdio.h>
//> 02-timers timers-include
#include "timers.h"
//< 02-timers timers-include

//> 03-ops op-print
static void op_print(const char *s) {
  printf("[op] %s\n", s);
}
//< 03-ops op-print

//> 01-hello greet
static void greet(void) {
  //> 03-ops greet-op
  op_print("hello");
  //< 03-ops greet-op
}
//< 01-hello greet

int main(void) {
//> 01-hello main-greet
  greet();
//> 02-timers main-loop
  run_loop();
//< 02-timers main-loop
//< 01-hello main-greet
//> 01-hello omit
  fflush(stdout);
//< 01-hello omit
  return 0;
}
