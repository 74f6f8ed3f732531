// import() resolves to the module's namespace: a sealed object with its
// named exports, its default export, and the tag "Module".
// needs: modules
// perms: --allow-read
// expect: lib evaluated
// expect: lib hello you
// expect: [object Module]
// expect: default,main,name
// expect: false
// expect: TypeError
const ns = await import("./fixtures/dynamic/lib.js");
print(ns.name, ns.default("you"));
print(Object.prototype.toString.call(ns));
print(Object.keys(ns).join(","));
print(ns.main);
try {
  ns.name = "changed";
} catch (e) {
  print(e.name);
}
