// 17_repl.js: the JavaScript half of the REPL (repl.c reads the lines,
// runtime.cc has V8's inspector evaluate them). It keeps `_` and `_error`
// and formats results and errors the way Deno's REPL prints them.
"use strict";
((core) => {
  const inspect = globalThis.Toy.inspect;
  const exit = globalThis.Toy.exit;
  let colors = false;
  let lastResult, lastError;

  // `_` and `_error` are accessors on globalThis. Assigning to one (or
  // declaring it with var) replaces it with an ordinary property, and the
  // REPL says it will no longer save there, as Deno's does. A `let _`
  // shadows the accessor without touching it.
  function keep(name, get, note) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get,
      set(value) {
        Object.defineProperty(globalThis, name, {
          value, writable: true, enumerable: true, configurable: true,
        });
        console.log(note);
      },
    });
  }

  function begin(useColors) {
    colors = useColors;
    keep("_", () => lastResult, "Last evaluation result is no longer saved to _.");
    keep("_error", () => lastError, "Last thrown error is no longer saved to _error.");
    // close() leaves the REPL, as in Deno (where it is window.close).
    Object.defineProperty(globalThis, "close", {
      value: function close() { exit(0); }, writable: true, configurable: true,
    });
  }

  // What the REPL prints for a result, and for an error nobody caught.
  function result(value) {
    lastResult = value;
    return inspect(value, { colors });
  }

  // An error with no frames (a SyntaxError from the compiler) prints as
  // its name and message, not inspect's [SyntaxError: ...].
  function error(value, inPromise) {
    lastError = value;
    const text = value instanceof Error && typeof value.stack === "string" &&
        !value.stack.includes("\n    at ")
      ? value.stack
      : inspect(value, { colors });
    return (inPromise ? "Uncaught (in promise) " : "Uncaught ") + text;
  }

  core.repl = { begin, result, error };
})(globalThis.Toy.core);
