//> 02-timers b
int b;
//< 02-timers b
