/* 01-hello a < 02-timers b
int a;
*/
//> 03-ops b
int b;
//< 03-ops b
