// An output that cannot be written fails the build with the path and the
// reason, exit 1 (after the app has run: the snapshot is written last).
// needs: snapshots
// cmd: --build-snapshot ${FILE} -o /nonexistent/dir/app.snap
// expect: app ran
// expect-error: could not write the snapshot to '/nonexistent/dir/app.snap': No such file or directory
Toy.snapshot.setMain(() => {});
print("app ran");
