//> 02-timers x
//< 02-timers x
//> 02-timers omit
//< 02-timers omit
