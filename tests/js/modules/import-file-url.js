// A file:// URL is a specifier: import() of the URL import.meta.resolve
// gives loads the module.
// needs: modules
// perms: --allow-read
// expect: counted 1
const ns = await import(import.meta.resolve("./fixtures/counted.js"));
print(ns.value, globalThis.counted);
