// --help lists the snapshot options.
// needs: snapshots cli
// cmd: --help
// expect-stdout: --no-snapshot
// expect-stdout: --timings
// expect-stdout: --build-snapshot
// expect-stdout: --snapshot
