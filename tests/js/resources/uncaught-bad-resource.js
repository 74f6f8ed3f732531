// An uncaught BadResource is reported like any uncaught error, by its name.
// needs: resources errors
// perms: --allow-read --allow-write
// expect: before
// expect-error: Uncaught BadResource: Bad resource ID
print("before");
Toy.close(42);
print("not reached");
