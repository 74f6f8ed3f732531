// import() of a module whose own import is missing rejects with a
// TypeError that names the missing file and where the import is.
// needs: modules
// perms: --allow-read
// expect: TypeError
// expect: Module not found "file://${DIR}/fixtures/errors/gone.js".
// expect:     at file://${DIR}/fixtures/errors/imports-missing.js:4:8
const e = await import("./fixtures/errors/middle.js").catch((e) => e);
print(e.name);
print(e.message);
