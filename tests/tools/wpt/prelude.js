// prelude.js: what testharness.js needs of its global before it loads,
// for a web-platform-tests `.any.js` file run outside a browser, as the
// "jsshell" scope runs it. run.sh puts it at the top of every bundle, after
// a line that defines __wpt_meta = { deadline, title, search, path }.
//
// Everything here is harness plumbing: a name for the global, how a result
// line is printed, how the process ends, where an error nobody caught is
// reported, the JSON data files a test fetches by a relative name.
// Nothing stands in for an API a test exercises; a runtime that lacks one
// fails the tests that use it.
{
  const g = globalThis;

  // testharness.js calls itself with `self` and exposes its functions on
  // it. Workers and windows have `self`; Node has none.
  if (typeof g.self === "undefined") {
    Object.defineProperty(g, "self", {
      value: g, writable: true, configurable: true, enumerable: false,
    });
  }

  // A `.any.js` test asks GLOBAL which kind of global runs it; the shell
  // scope is neither a window, nor a worker, nor a shadow realm.
  g.GLOBAL = {
    isWindow() { return false; },
    isWorker() { return false; },
    isShadowRealm() { return false; },
  };

  // `// META: title=` names the tests that have no name of their own.
  if (__wpt_meta.title) g.META_TITLE = __wpt_meta.title;

  // `// META: variant=?x` runs the file once per variant; the test reads
  // its variant from location.search. Only then, and only if the runtime
  // has no location of its own, the harness gives it one that says so.
  if (__wpt_meta.search) {
    let has = false;
    try { has = typeof g.location === "object" && g.location !== null; } catch { has = false; }
    if (!has) {
      Object.defineProperty(g, "location", {
        value: { search: __wpt_meta.search, hash: "", pathname: __wpt_meta.path,
                 href: "file://" + __wpt_meta.path + __wpt_meta.search },
        writable: true, configurable: true, enumerable: false,
      });
    }
  }

  // A test that loads its data with fetch("some.json") gets the file the
  // runner put in the bundle (__wpt_data), as a Response when the runtime
  // has one: loading the data is plumbing, not what such a test checks.
  // Every other fetch goes to the runtime's own.
  const data = typeof __wpt_data === "object" ? __wpt_data : {};
  if (Object.keys(data).length > 0) {
    const own = g.fetch;
    g.fetch = function fetch(input, init) {
      if (typeof input === "string" && Object.prototype.hasOwnProperty.call(data, input)) {
        const text = JSON.stringify(data[input]);
        if (typeof g.Response === "function") {
          return Promise.resolve(new g.Response(text, { headers: { "content-type": "application/json" } }));
        }
        return Promise.resolve({ ok: true, status: 200, json: async () => JSON.parse(text), text: async () => text });
      }
      return own.apply(this, arguments);
    };
  }

  // One line per event on stdout, fields separated by tabs, so that
  // run.sh can read them with awk: "#wpt<TAB>kind<TAB>field...". Tabs,
  // newlines and backslashes inside a field are escaped.
  const escape = (s) => String(s)
    .replace(/\\/g, "\\\\").replace(/\t/g, "\\t")
    .replace(/\r/g, "\\r").replace(/\n/g, "\\n");
  const emit = (...fields) => {
    console.log(["#wpt", ...fields.map(escape)].join("\t"));
  };

  // Ends the process once the results are out, even if a test left a
  // timer or a pending read behind.
  const exit = (code) => {
    if (typeof g.Deno === "object" && g.Deno && typeof g.Deno.exit === "function") g.Deno.exit(code);
    else if (typeof g.Toy === "object" && g.Toy && typeof g.Toy.exit === "function") g.Toy.exit(code);
    else if (typeof g.process === "object" && g.process && typeof g.process.exit === "function") g.process.exit(code);
  };

  // An error no test caught. In a browser or a worker it becomes an
  // "error" or "unhandledrejection" event, testharness.js marks the
  // harness status ERROR, and the other tests go on. Runtimes that offer
  // a hook get the same here; one that has none ends the process, as it
  // does for any script, and the tests it had not finished count as not
  // passed.
  const errors = [];
  const describe = (e) => {
    try {
      if (e && typeof e === "object" && "message" in e) return `${e.name || "Error"}: ${e.message}`;
      return String(e);
    } catch {
      return "(an error that cannot be printed)";
    }
  };
  const uncaught = (kind, e) => {
    errors.push(`${kind}: ${describe(e)}`);
    emit("error", kind, describe(e));
  };
  if (typeof g.Deno === "object" && g.Deno && typeof g.addEventListener === "function") {
    // Deno fires these events on the global and ends the process unless
    // a listener cancels them. testharness.js also listens (Deno's global
    // has addEventListener) and records the harness error itself.
    g.addEventListener("error", (ev) => { ev.preventDefault(); uncaught("uncaught exception", ev.error); });
    g.addEventListener("unhandledrejection", (ev) => { ev.preventDefault(); uncaught("unhandled rejection", ev.reason); });
  } else if (typeof g.process === "object" && g.process && typeof g.process.on === "function") {
    g.process.on("uncaughtException", (e) => uncaught("uncaught exception", e));
    g.process.on("unhandledRejection", (e) => uncaught("unhandled rejection", e));
  }

  g.__wpt = { emit, exit, uncaught, errors };
}
