//> 01-hello a < 02-timers b
int a;
