/* main.c: the fixture runtime's entry point. */
#include <stdio.h>
#include "timers.h"

static void op_print(const char *s) {
  printf("[op] %s\n", s);
}

static void greet(void) {
  op_print("hello");
}

int main(void) {
  greet();
  run_loop();
  fflush(stdout);
  return 0;
}
