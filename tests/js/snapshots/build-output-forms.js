// -o may come before the app, and --output=FILE is the long form: both
// build (exit 0, the app's output only).
// needs: snapshots
// cmd: --output=/tmp/toyjs-test-snapshots-forms.snap --build-snapshot ${FILE}
// expect: built with --output=
Toy.snapshot.setMain(() => {});
print("built with --output=");
