// An async op that is denied returns a promise that rejects with
// PermissionDenied; it never throws synchronously, so `.catch` is enough.
// needs: perms
// expect: returned a promise
// expect: rejected PermissionDenied true
// expect: Requires read access to "tests/js/permissions/fixtures/data.txt", run again with the --allow-read flag
let p;
try {
  p = Toy.readTextFile("tests/js/permissions/fixtures/data.txt");
  print(p instanceof Promise ? "returned a promise" : "returned something else");
} catch (e) {
  print("threw synchronously: " + e.name);
}
p?.then(
  () => print("resolved without permission"),
  (e) => {
    print("rejected", e.name, e instanceof Toy.errors.PermissionDenied);
    print(e.message);
  },
);
