// boot.js: the runtime's JS side.
globalThis.print = (s) => Toy.core.print(s);
globalThis.setTimeout = (fn, ms) => Toy.core.ops.op_timer_start(fn, ms);
