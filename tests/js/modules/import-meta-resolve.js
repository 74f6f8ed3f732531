// import.meta.resolve turns a specifier into the URL an import of it
// would load, relative to this module, without loading anything: "."
// and ".." segments are folded away and the file need not exist.
// needs: modules
// expect: ok ./a.js
// expect: ok ./sub/b.js
// expect: ok ../up.js
// expect: ok ../../two-up.js
// expect: ok ./sub/../c.js
// expect: ok ./././d.js
const here = import.meta.url;
const dir = here.slice(0, here.lastIndexOf("/") + 1);
const parent = dir.slice(0, dir.slice(0, -1).lastIndexOf("/") + 1);
const grandparent = parent.slice(0, parent.slice(0, -1).lastIndexOf("/") + 1);
const cases = [
  ["./a.js", dir + "a.js"],
  ["./sub/b.js", dir + "sub/b.js"],
  ["../up.js", parent + "up.js"],
  ["../../two-up.js", grandparent + "two-up.js"],
  ["./sub/../c.js", dir + "c.js"],
  ["./././d.js", dir + "d.js"],
];
for (const [specifier, want] of cases) {
  const got = import.meta.resolve(specifier);
  print(got === want ? "ok" : "got " + got + " want " + want, specifier);
}
