// boot.js: the runtime's JS side.
globalThis.print = (s) => Toy.core.print(s);
globalThis.setTimeout = (fn) => fn();
