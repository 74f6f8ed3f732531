// --snapshot with a file that is not a toyjs snapshot (this script) is
// refused before V8 sees it: exit 1, never a crash.
// needs: snapshots
// cmd: --snapshot ${FILE}
// expect-error: '${FILE}' is not a toyjs snapshot
