// Building a snapshot does not call the main function: that is for each
// process that starts from the snapshot.
// needs: snapshots
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-test-snapshots-main-not-called.snap
// expect: built
Toy.snapshot.setMain(() => print("main ran at build time"));
print("built");
