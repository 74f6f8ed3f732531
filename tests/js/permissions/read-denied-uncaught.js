// An uncaught PermissionDenied is reported like any uncaught error:
// `error: Uncaught PermissionDenied: ...` on stderr, exit code 1.
// needs: perms
// expect-error: Uncaught PermissionDenied: Requires read access to "tests/js/permissions/fixtures/data.txt", run again with the --allow-read flag
Toy.readTextFileSync("tests/js/permissions/fixtures/data.txt");
print("not reached");
