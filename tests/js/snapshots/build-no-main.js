// An app that never calls Toy.snapshot.setMain cannot be a snapshot: its
// top-level code runs, then the build fails, exit 1, with nothing written.
// needs: snapshots
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-test-snapshots-no-main.snap
// expect: top level ran
// expect-error: ${FILE} did not call Toy.snapshot.setMain(fn)
print("top level ran");
