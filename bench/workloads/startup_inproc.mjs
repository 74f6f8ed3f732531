// startup_inproc.mjs: how far the runtime's own clock has run when the
// first line of user code runs. performance.now() counts from the
// runtime's time origin, which Node, Deno and Bun set early in process
// start. toyjs has no performance.now(); its in-process start-up comes from
// `toyjs --timings` instead (see bench/run.sh), so here it reports n/a.
// No imports: a module imported first would run before this line.
const t = typeof performance === "object" && typeof performance.now === "function"
  ? performance.now() : null;
const line = globalThis.Toy || t === null
  ? "RESULT n/a ms"
  : `RESULT ${t.toFixed(3)} ms performance.now()-at-first-line`;
if (globalThis.Toy) print(line);
else console.log(line);
