// With --no-prompt nothing is ever asked: an access that was not allowed
// is denied, and request() answers "denied" for what is undecided.
// needs: perms
// flags: --no-prompt
// perms: --allow-env=TOYJS_OK
// expect: denied
// expect: denied granted
try {
  Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt");
  print("read");
} catch (e) {
  print(e instanceof Toy.errors.PermissionDenied ? "denied" : e.name);
}
print(Toy.permissions.requestSync({ name: "read", path: "/etc" }).state,
  Toy.permissions.requestSync({ name: "env", variable: "TOYJS_OK" }).state);
