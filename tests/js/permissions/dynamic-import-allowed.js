// With read access to its folder, the same import() loads the module.
// needs: perms modules
// perms: --allow-read=tests/js/permissions/fixtures
// expect: late
const ns = await import("./fixtures/late.js");
print(ns.late);
