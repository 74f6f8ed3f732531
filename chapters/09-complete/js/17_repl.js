// 17_repl.js: the JavaScript half of the REPL (repl.c reads the lines,
// runtime.cc compiles and runs them). It keeps `_` and `_error`, formats
// results and errors the way Deno's REPL prints them, and rewrites an
// input that uses top-level await into a script V8 can run (see rewrite).
"use strict";
((core) => {
  const inspect = globalThis.Toy.inspect;
  const exit = globalThis.Toy.exit;
  const AsyncFunction = (async () => {}).constructor;
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

  // Finds, in code, the places where a statement at the top level may end
  // (after a `;` or a line break outside any brackets, strings, template
  // literals and comments) and the declarations made there. Regular
  // expression literals are not recognised: a bracket or quote inside one
  // can mislead the scan, but V8 checks every rewrite before it runs.
  function scan(code) {
    const cuts = [];     // offsets just after a possible statement end
    const decls = [];    // { at, kind }: top-level declarations
    const commas = [];   // top-level commas (between declarators)
    const open = [];     // open brackets: "(", "[", "{", or "${"
    const word = /[A-Za-z_$][\w$]*/y;
    const n = code.length;
    let i = 0, start = true, asyncAt = -1;
    let end = 0;         // just after the last character outside comments
    const template = () => {  // i is just inside a template literal
      while (i < n) {
        const c = code[i++];
        if (c === "\\") i++;
        else if (c === "`") return;
        else if (c === "$" && code[i] === "{") { i++; open.push("${"); return; }
      }
    };
    while (i < n) {
      const c = code[i];
      if (c === "/" && code[i + 1] === "/") {
        while (i < n && code[i] !== "\n") i++;
        continue;
      }
      if (c === "/" && code[i + 1] === "*") {
        const close = code.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
        continue;
      }
      if (c === " " || c === "\t" || c === "\r") { i++; continue; }
      if (c === '"' || c === "'") {
        for (i++; i < n && code[i] !== c && code[i] !== "\n"; i++) if (code[i] === "\\") i++;
        i++;
        start = false;
        end = Math.min(i, n);
        continue;
      }
      if (c !== "\n") end = i + 1;
      if (c === "`") { i++; template(); start = false; end = i; continue; }
      if (c === "(" || c === "[" || c === "{") {
        open.push(c);
      } else if (c === ")" || c === "]" || c === "}") {
        if (open.pop() === "${") { i++; template(); end = i; continue; }
        if (open.length === 0 && c === "}") { i++; start = true; continue; }
      } else if (open.length === 0 && (c === ";" || c === "\n")) {
        cuts.push(i + 1);
        i++;
        start = true;
        continue;
      } else if (open.length === 0 && c === ",") {
        commas.push(i);
      } else {
        word.lastIndex = i;
        const m = word.exec(code);
        if (m !== null) {
          const w = m[0];
          if (open.length === 0 && start) {
            if (w === "let" || w === "const" || w === "var" || w === "class") {
              decls.push({ at: i, kind: w });
            } else if (w === "function") {
              decls.push({ at: asyncAt >= 0 ? asyncAt : i, kind: "function" });
            }
          }
          asyncAt = w === "async" && start && open.length === 0 ? i : -1;
          start = asyncAt >= 0;
          i += w.length;
          end = i;
          continue;
        }
      }
      start = false;
      asyncAt = -1;
      i++;
    }
    return { cuts, decls, commas, end };
  }

  const compiles = (body) => {
    try {
      new AsyncFunction(body);
      return null;
    } catch (e) {
      return e;
    }
  };
  const incomplete = (e) => /Unexpected end of input|Unterminated template/.test(e.message);

  // Where a declarator's initializer starts: its first "=" outside
  // brackets (a pattern's defaults are inside them), or its end.
  function topLevelEquals(part) {
    let depth = 0;
    for (let i = 0; i < part.length; i++) {
      const c = part[i];
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth--;
      else if (c === "=" && depth === 0 && part[i + 1] !== "=" && part[i + 1] !== ">") return i;
    }
    return part.length;
  }

  // The names a binding (an identifier or a destructuring pattern)
  // declares: identifiers not followed by ":" (a property key) nor
  // preceded by "." (a property read in a default value).
  function boundNames(text, names) {
    for (const m of text.matchAll(/(\.\s*)?([A-Za-z_$][\w$]*)(\s*:(?!:))?/g)) {
      if (!m[1] && !m[3] && !/^(await|async|function|new|this|true|false|null|undefined|typeof|void|in|of)$/.test(m[2]))
        names.add(m[2]);
    }
  }

  // V8 10.2 has no REPL mode that a program can reach, and `await` is
  // only allowed at the top of a module, where declarations stay local.
  // So an input with top-level await runs, as Node's REPL does it, as
  //     (async () => { BODY; return (LAST); })()
  // where BODY is the input with each top-level declaration turned into
  // an assignment (`const x = e` into `(x = e)`, `class C {}` into
  // `C = class C {}`), LAST is the input's last statement when it is an
  // expression (its value is the result), and every declared name is
  // declared first, by runtime.cc, as a global `let`. Declarations thus
  // land in the global scope, where later inputs find them. Statement
  // boundaries are chosen by scan and confirmed by V8: each candidate is
  // compiled, and the first one that compiles wins. The differences from
  // a module: declarations become `let` (so a `const` can be reassigned)
  // and a function declared in the input is not hoisted above its line.
  //
  // Returns null when the input has no await, { incomplete: true } when
  // it needs more lines, { error } with V8's SyntaxError, or
  // { source, names }.
  function rewrite(code) {
    if (!/\bawait\b/.test(code)) return null;
    // Without what follows the last statement (a `;`, comments), so that
    // the last statement can be the result.
    code = code.slice(0, scan(code).end).replace(/;+$/, "");
    const { cuts, decls, commas } = scan(code);
    const names = new Set();
    const edits = [];  // [from, to, text]: replace code[from, to) with text
    for (const d of decls) {
      const ends = cuts.filter((c) => c > d.at).map((c) => c - 1);
      ends.push(code.length);
      if (d.kind === "class" || d.kind === "function") {
        const m = /^(async\s+)?(class|function)(\s*\*)?\s*([A-Za-z_$][\w$]*)/.exec(code.slice(d.at));
        if (m === null) continue;
        names.add(m[4]);
        edits.push([d.at, d.at, `;${m[4]} = `]);
        continue;
      }
      // let/const/var: the declaration ends at the first boundary after
      // which what it says parses as an assignment expression.
      const from = d.at + d.kind.length;
      for (const end of ends) {
        const text = code.slice(from, end);
        if (compiles(`(${text}\n)`) !== null) continue;
        const parts = [];
        let last = from;
        for (const c of commas) if (c > from && c < end) { parts.push(code.slice(last, c)); last = c + 1; }
        parts.push(code.slice(last, end));
        for (const part of parts) boundNames(part.slice(0, topLevelEquals(part)), names);
        edits.push([d.at, from, ";("], [end, end, "\n)"]);
        break;
      }
    }
    edits.sort((a, b) => a[0] - b[0]);
    const apply = (limit) => {
      let out = "", pos = 0;
      for (const [a, b, text] of edits) {
        if (a > limit) break;
        out += code.slice(pos, a) + text;
        pos = b;
      }
      return out + code.slice(pos, limit);
    };
    // The result: the longest tail of the input that is an expression and
    // not a declaration, after a head that compiles as statements.
    const starts = [0, ...cuts].filter((c) => c < code.length && !decls.some((d) => d.at >= c && /^\s*$/.test(code.slice(c, d.at))));
    let firstError = null;
    for (const s of starts) {
      const tail = code.slice(s);
      if (compiles(`return (${tail}\n);`) !== null) continue;
      const body = `${apply(s)}return (${tail}\n);`;
      const e = compiles(body);
      if (e === null) return { source: `(async () => {${body}\n})()`, names: [...names] };
      firstError ??= e;
    }
    const body = apply(code.length);
    const e = compiles(body);
    if (e === null) return { source: `(async () => {${body}\n})()`, names: [...names] };
    const cause = compiles(code) ?? firstError ?? e;
    if (incomplete(cause)) return { incomplete: true };
    // V8's error, without the frames of this file that compiled it.
    const error = new SyntaxError(cause.message);
    error.stack = `SyntaxError: ${cause.message}`;
    return { error };
  }

  core.repl = { begin, result, error, rewrite };
})(globalThis.Toy.core);
