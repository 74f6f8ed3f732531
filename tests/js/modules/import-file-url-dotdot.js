// A file:// URL with ".." segments names the same module as its folded
// form: the module map keys on the normalised URL.
// needs: modules
// expect: true 1
import * as first from "./fixtures/counted.js";
const dir = import.meta.url.slice(0, import.meta.url.lastIndexOf("/") + 1);
const second = await import(dir + "fixtures/../fixtures/./counted.js");
print(first === second, globalThis.counted);
