// import() of a module the static graph already loaded reads no file, so
// it needs no read access, and gives the same module.
// needs: perms modules
// expect: 42 true
import * as first from "./fixtures/mod.js";
const again = await import("./fixtures/mod.js");
print(again.answer, again === first);
