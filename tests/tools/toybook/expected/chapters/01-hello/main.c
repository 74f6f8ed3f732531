/* main.c: the fixture runtime's entry point. */
#include <stdio.h>

static void greet(void) {
  puts("hello");
}

int main(void) {
  greet();
  fflush(stdout);
  return 0;
}
