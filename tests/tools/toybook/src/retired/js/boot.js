// retired/js/boot.js: replaced in chapter 03.

//> 02-timers js-timeout-stub < 03-ops js-timeout-op
globalThis.setTimeout = (fn) => fn();
//< 02-timers js-timeout-stub
