// A file that is a toyjs header and nothing after it (magic word and a
// build id, no heap) is refused as not a snapshot.
// needs: snapshots
// cmd: --snapshot ${DIR}/fixtures/header-only.snap
// expect-error: '${DIR}/fixtures/header-only.snap' is not a toyjs snapshot
