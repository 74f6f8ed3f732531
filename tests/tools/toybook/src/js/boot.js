// boot.js: the runtime's JS side.
//> 01-hello js-print
globalThis.print = (s) => Toy.core.print(s);
//< 01-hello js-print
//> 02-timers js-timers
//> 03-ops js-timeout-op
globalThis.setTimeout = (fn, ms) => Toy.core.ops.op_timer_start(fn, ms);
//< 03-ops js-timeout-op
//< 02-timers js-timers
