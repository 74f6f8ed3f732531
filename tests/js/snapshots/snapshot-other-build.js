// A snapshot whose header names another build of toyjs is refused, with
// the command that makes it again: a heap only fits the binary that made it.
// needs: snapshots
// cmd: --snapshot ${DIR}/fixtures/other-build.snap
// expect-error: '${DIR}/fixtures/other-build.snap' was made by another build of toyjs; make it again with this one (toyjs --build-snapshot APP.js -o '${DIR}/fixtures/other-build.snap')
