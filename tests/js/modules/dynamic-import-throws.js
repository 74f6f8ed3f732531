// import() of a module that throws while evaluating rejects with that
// very error; importing it again rejects with the same error object
// without running the module again.
// needs: modules
// perms: --allow-read
// expect: throws: before
// expect: Error thrown at the top of an import
// expect: true
const e1 = await import("./fixtures/errors/throws.js").catch((e) => e);
print(e1.name, e1.message);
const e2 = await import("./fixtures/errors/throws.js").catch((e) => e);
print(e1 === e2);
