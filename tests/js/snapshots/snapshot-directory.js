// A directory given as the snapshot: the OS error, exit 1.
// needs: snapshots
// cmd: --snapshot ${DIR}/fixtures
// expect-error: Is a directory (os error 21): read '${DIR}/fixtures'
