// A rejection nobody handles while the app is being built fails the
// build, as it fails any run: exit 1.
// needs: snapshots rejections
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-test-snapshots-rejects.snap
// expect-error: Uncaught (in promise) Error: rejected at build time
Toy.snapshot.setMain(() => print("main"));
Promise.reject(new Error("rejected at build time"));
