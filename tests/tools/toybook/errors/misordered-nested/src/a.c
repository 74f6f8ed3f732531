//> 02-timers a
//> 01-hello b
//< 01-hello b
//< 02-timers a
