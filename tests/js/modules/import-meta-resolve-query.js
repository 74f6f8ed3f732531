// A query and a fragment are part of a module's URL: import.meta.resolve
// keeps them, as URL resolution (and Deno) does.
// needs: modules
// expect: ok
const dir = import.meta.url.slice(0, import.meta.url.lastIndexOf("/") + 1);
const got = import.meta.resolve("./sub/../x.js?v=2#top");
print(got === dir + "x.js?v=2#top" ? "ok" : "got " + got);
