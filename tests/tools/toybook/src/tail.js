// tail.js: its last line has no newline.
//> 02-timers tail-block
last();
//< 02-timers tail-block
end();