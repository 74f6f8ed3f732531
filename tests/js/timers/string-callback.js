// A callback that is not a function is turned into a string and run as
// global code when the timer fires, as in browsers and Deno.
// needs: timers
// expect: s
// expect: 10
// expect: done
var x = 5;
setTimeout("print('s')", 0);
setTimeout("print(x * 2)", 0);
setTimeout({ toString() { return "print('done')"; } }, 0);
