// A text module imports nothing: the import declarations in its text are
// text, and the modules they name are not loaded.
// expect: import "./no-such-module.js";
import source from "./fixtures/imports-missing.js" assert { type: "text" };
print(source.split("\n")[1]);
