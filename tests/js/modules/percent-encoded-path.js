// A file name with a space: the import names it plainly, its URL (which
// import.meta.url shows) escapes the space as %20.
// needs: modules
// expect: with%20space.js
// expect: true
import { url } from "./fixtures/with space.js";
print(url.slice(url.lastIndexOf("/") + 1));
print(url === import.meta.resolve("./fixtures/with space.js"));
