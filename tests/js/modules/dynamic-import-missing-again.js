// A module whose graph failed to load once (its import is missing) fails
// the same way when a second graph reaches it: the second import() also
// rejects with "Module not found", not with some other error.
// needs: modules
// perms: --allow-read
// expect: TypeError Module not found "file://${DIR}/fixtures/again/missing-leaf.js".
// expect: TypeError Module not found "file://${DIR}/fixtures/again/missing-leaf.js".
const e1 = await import("./fixtures/again/first.js").catch((e) => e);
print(e1.name, e1.message.split("\n")[0]);
const e2 = await import("./fixtures/again/second.js").catch((e) => e);
print(e2.name, e2.message.split("\n")[0]);
