// A callback that is not a function is turned into a string and run as
// global code when the timer fires, as in browsers and Deno.
// needs: timers
// expect: s
// expect: 10
// expect: done
globalThis.x = 5;  // a global, in a script or a module alike
setTimeout("print('s')", 0);
setTimeout("print(x * 2)", 0);
setTimeout({ toString() { return "print('done')"; } }, 0);
