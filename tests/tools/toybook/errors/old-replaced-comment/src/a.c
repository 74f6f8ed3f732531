int a;
/* 01-hello a < 02-timers b
int old;
*/
