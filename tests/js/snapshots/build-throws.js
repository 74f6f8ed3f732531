// An app whose top-level code throws is reported as any program's error
// is, and the build fails with exit 1.
// needs: snapshots errors
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-test-snapshots-throws.snap
// expect: before
// expect-error: Uncaught Error: not at build time
// expect-stderr-line: throw new Error("not at build time");
// expect-stderr:     at ${URL}:
print("before");
Toy.snapshot.setMain(() => print("main"));
throw new Error("not at build time");
