// retired/js/01_console.js: code of earlier chapters that a later chapter
// replaces, spliced back into js/01_console.js by book/tools/toybook (see
// its README).

//> 03-ops console-log-js < 09-console console-js-install
  globalThis.console = {
    log(...args) {
      op_print(format(args), false);
    },
  };
//< 03-ops console-log-js
