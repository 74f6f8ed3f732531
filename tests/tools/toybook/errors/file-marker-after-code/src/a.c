/* a.c */
int a;
//@ 02-timers
