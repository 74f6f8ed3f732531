// --snapshot with nothing after it is a usage error (exit 2), not a REPL
// or a silent success.
// needs: snapshots cli
// cmd: --snapshot
// expect-error: '--snapshot' needs an app snapshot: --snapshot APP.snap
// expect-exit: 2
print("this file is not run");
