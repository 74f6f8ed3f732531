// --allow-read without a value allows every read, and query says so for
// the whole kind and for any path; write is still not allowed.
// needs: perms
// perms: --allow-read
// expect: data ok
// expect: granted granted
// expect: prompt
print(Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt").trim());
print(Toy.permissions.querySync({ name: "read" }).state,
  Toy.permissions.querySync({ name: "read", path: "/etc" }).state);
print(Toy.permissions.querySync({ name: "write" }).state);
