// An absolute path is a specifier too; it names the same module as the
// relative one, so the module is not evaluated a second time. (The path
// is built from import.meta.url: the repository may live anywhere.)
// needs: modules
// expect: counted 1
// expect: true
// expect: counted 1
import * as viaRelative from "./fixtures/counted.js";
const url = import.meta.resolve("./fixtures/counted.js");
const path = decodeURIComponent(url.slice("file://".length));
print(path.startsWith("/") ? "counted" : "not a path: " + path, globalThis.counted);
const viaPath = await import(path);
print(viaPath === viaRelative);
print(viaPath.value, globalThis.counted);
