// An empty file is not a snapshot either.
// needs: snapshots
// cmd: --snapshot /dev/null
// expect-error: '/dev/null' is not a toyjs snapshot
