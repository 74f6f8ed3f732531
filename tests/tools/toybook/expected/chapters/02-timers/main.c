/* main.c: the fixture runtime's entry point. */
#include <stdio.h>
#include "timers.h"

static void greet(void) {
  puts("hello");
}

int main(void) {
  greet();
  run_loop();
  fflush(stdout);
  return 0;
}
