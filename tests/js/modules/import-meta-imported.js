// In an imported module, import.meta describes that module: its own URL,
// main false, and resolve() relative to its own directory.
// needs: modules
// expect: true
// expect: false
// expect: true
// expect: true
import { url, main, resolved } from "./fixtures/meta.js";
const dir = import.meta.url.slice(0, import.meta.url.lastIndexOf("/") + 1);
print(url === dir + "fixtures/meta.js");
print(main);
print(resolved === dir + "fixtures/x.js");
print(import.meta.main);
