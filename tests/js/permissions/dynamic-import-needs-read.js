// import() of a module that is not loaded yet reads a file the program
// picked at run time, so it needs read access, as in Deno: the promise
// rejects and names the module's path.
// needs: perms modules
// expect: rejected TypeError true
import "./fixtures/mod.js";                      // loaded statically: no check
const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""));
const path = here + "/fixtures/late.js";
try {
  await import("./fixtures/late.js");
  print("imported without read access");
} catch (e) {
  print("rejected", e.name,
    e.message === `Requires read access to "${path}", run again with the --allow-read flag` || e.message);
}
