// Booted from source (--no-snapshot), the global object has what a start
// from the snapshot gives it (globals.js): the same names, of the same kinds.
// needs: snapshots
// flags: --no-snapshot
// expect: print function
// expect: console object
// expect: setTimeout function
// expect: setInterval function
// expect: clearTimeout function
// expect: clearInterval function
// expect: queueMicrotask function
// expect: Toy object
// expect: WebAssembly object
// expect: SharedArrayBuffer function
// expect: Intl object
for (const name of ["print", "console", "setTimeout", "setInterval", "clearTimeout",
                    "clearInterval", "queueMicrotask", "Toy", "WebAssembly",
                    "SharedArrayBuffer", "Intl"])
  print(name, typeof globalThis[name]);
