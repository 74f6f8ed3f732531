// A worker's module, and what it imports, are files the program chose at
// run time: they are read only with the parent's read access (Deno's
// rule), so a worker cannot be used to find or show files the program may
// not read. The worker fails with the permission's message, before any of
// its code runs.
// needs: workers
// perms: --allow-read=${DIR}/fixtures/echo.js,${DIR}/fixtures/imports-printer.js
// expect: echo.js: ok
// expect: static import: Uncaught Requires read access to "${DIR}/fixtures/printer.js", run again with the --allow-read flag
// expect: outside: Uncaught Requires read access to "/etc/passwd", run again with the --allow-read flag
// expect-stderr: error: Uncaught (in worker "") Requires read access to "${DIR}/fixtures/printer.js"
// expect-stderr:     at file://${DIR}/fixtures/imports-printer.js:1:8
// expect-stderr: error: Uncaught (in worker "") Requires read access to "/etc/passwd"
function start(label, url) {
  return new Promise((resolve) => {
    const w = new Worker(url, { type: "module" });
    w.onmessage = () => {
      print(`${label}: ok`);
      w.terminate();
      resolve();
    };
    w.onerror = (e) => {
      e.preventDefault();
      print(`${label}: ${e.message}`);
      resolve();
    };
    w.postMessage("ping");
  });
}
await start("echo.js", new URL("./fixtures/echo.js", import.meta.url));
await start("static import", new URL("./fixtures/imports-printer.js", import.meta.url));
await start("outside", "file:///etc/passwd");
