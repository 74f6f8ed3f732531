// setMain with something that is not a function is a TypeError at build
// time, reported where the app called it; the build fails.
// needs: snapshots errors
// cmd: --build-snapshot ${FILE} -o /tmp/toyjs-test-snapshots-bad-main.snap
// expect-error: Uncaught TypeError: Toy.snapshot.setMain: argument 1 is not a function
Toy.snapshot.setMain({ main() {} });
