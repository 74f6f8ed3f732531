// Only module workers, as in Deno; a bad specifier is a TypeError.
// needs: workers
// perms: --allow-read=${DIR}
// expect: TypeError: Not yet implemented: only "module" type workers are supported
// expect: TypeError
try {
  new Worker(new URL("./fixtures/echo.js", import.meta.url));
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
try {
  new Worker("bare-name", { type: "module" });
} catch (e) {
  print(e.name);
}
