// A denied async op whose rejection nobody handles is an unhandled
// rejection: `Uncaught (in promise) PermissionDenied: ...`, exit 1.
// needs: perms
// expect-error: Uncaught (in promise) PermissionDenied: Requires write access to "tests/js/permissions/fixtures/nope.txt", run again with the --allow-write flag
Toy.writeTextFile("tests/js/permissions/fixtures/nope.txt", "x");
