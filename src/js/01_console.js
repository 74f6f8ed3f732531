//@ 03-ops
// 01_console.js: print and console.log, on the op_print op.
"use strict";
((core) => {
//> 03-ops print-js
  const { op_print } = core.ops;

  // Each argument as String(arg), joined by spaces: chapter 01's print.
  function format(args) {
    let out = "";
    for (let i = 0; i < args.length; i++) {
      out += (i > 0 ? " " : "") + String(args[i]);
    }
    return out + "\n";
  }

  globalThis.print = function print(...args) {
    op_print(format(args), false);
  };
/* 03-ops omit < 09-console console-js-install
  globalThis.console = {
    log(...args) {
      op_print(format(args), false);
    },
  };
*/
//< 03-ops print-js
})(globalThis.Toy.core);
