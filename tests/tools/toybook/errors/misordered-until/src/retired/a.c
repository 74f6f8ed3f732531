//@ 01-hello < 02-timers
//> 02-timers a
int a;
//< 02-timers a
