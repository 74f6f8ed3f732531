// crlf.js: written with CRLF line ends.
//> 02-timers crlf-block
crlf();
//< 02-timers crlf-block
