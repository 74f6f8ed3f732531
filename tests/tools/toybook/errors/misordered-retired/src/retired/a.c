//> 02-timers a < 01-hello b
int a;
//< 02-timers a
