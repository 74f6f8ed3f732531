//> 01-hello x
int a;
//< 02-timers x
