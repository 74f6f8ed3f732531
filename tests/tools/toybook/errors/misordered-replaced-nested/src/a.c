//> 02-timers a
/* 01-hello b < 03-ops c
int b;
*/
//< 02-timers a
