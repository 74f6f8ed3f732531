// -A allows every kind of access, for the whole kind and for any value.
// needs: perms
// perms: -A
// expect: read granted granted
// expect: write granted granted
// expect: net granted granted
// expect: env granted granted
// expect: run granted granted
// expect: data ok
const values = { read: ["path", "/etc"], write: ["path", "/tmp"], net: ["host", "example.com:80"],
  env: ["variable", "HOME"], run: ["command", "ls"] };
for (const [name, [field, value]] of Object.entries(values)) {
  print(name, Toy.permissions.querySync({ name }).state,
    Toy.permissions.querySync({ name, [field]: value }).state);
}
print(Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt").trim());
