//@ 01-hello < 02-timers
int a;
