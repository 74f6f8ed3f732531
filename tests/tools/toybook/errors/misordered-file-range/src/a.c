//@ 02-timers < 01-hello
int a;
