// Started from the built-in snapshot, the global object has everything the
// runtime's JS and V8 put there, each of the right kind.
// needs: snapshots
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
