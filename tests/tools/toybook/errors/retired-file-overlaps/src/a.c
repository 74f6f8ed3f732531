//@ 02-timers
int a;
