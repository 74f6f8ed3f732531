// A snapshot file that does not exist: the OS error and the path, exit 1.
// needs: snapshots
// cmd: --snapshot /nonexistent/toyjs-app.snap
// expect-error: No such file or directory (os error 2): read '/nonexistent/toyjs-app.snap'
