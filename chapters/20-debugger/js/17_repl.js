// 17_repl.js: the JavaScript half of the REPL (repl.c reads the lines,
// inspector.cc has V8's inspector evaluate them). It keeps `_` and `_error`
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

  // Tab completion. text is the word before the cursor; the answer is
  // every word it could become. A word with dots completes the last
  // part from the properties (own and inherited) of what the part before
  // names; that part must be a plain path of names (no calls, nothing
  // computed), looked up by an indirect eval, so that what completion
  // runs is at most a getter. Without a dot, the names are the global
  // object's, the script's top-level let, const and class (lexical, from
  // the inspector), and the keywords.
  const NAME = /^[A-Za-z_$][\w$]*$/;
  const PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
  const KEYWORDS = [
    "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
    "default", "delete", "do", "else", "export", "extends", "false", "finally", "for",
    "function", "if", "import", "in", "instanceof", "let", "new", "null", "of", "return",
    "static", "super", "switch", "this", "throw", "true", "try", "typeof", "undefined", "var",
    "void", "while", "yield",
  ];

  function propertyNames(object) {
    const names = [];
    for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
      names.push(...Object.getOwnPropertyNames(o));
    }
    return names;
  }

  function complete(text, lexical) {
    try {
      const dot = text.lastIndexOf(".");
      let names;
      if (dot < 0) {
        names = [...lexical, ...propertyNames(globalThis), ...KEYWORDS];
      } else {
        const path = text.slice(0, dot);
        if (!PATH.test(path)) return [];
        const value = (0, eval)(path);
        if (value === null || value === undefined) return [];
        names = propertyNames(Object(value));
      }
      const prefix = text.slice(dot + 1);
      const head = text.slice(0, dot + 1);
      return [...new Set(names)]
        .filter((n) => n.startsWith(prefix) && NAME.test(n))
        .sort()
        .map((n) => head + n);
    } catch {
      return [];   // a getter or a proxy trap threw: nothing to offer
    }
  }

  core.repl = { begin, result, error, complete };
})(globalThis.Toy.core);
