//> 02-timers a
//> 03-ops c
int c;
//< 03-ops c
//< 02-timers a
