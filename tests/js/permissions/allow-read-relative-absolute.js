// A relative grant is made absolute against the working directory, so the
// same file is allowed whether the program names it relatively or
// absolutely (the tests run from the repository root).
// needs: perms
// perms: --allow-read=tests/js/permissions/fixtures
// expect: data ok
// expect: data ok
// expect: granted
print(Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt").trim());
const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""));
const abs = here + "/fixtures/data.txt";
print(Toy.readTextFileSync(abs).trim());
print(Toy.permissions.querySync({ name: "read", path: abs }).state);
