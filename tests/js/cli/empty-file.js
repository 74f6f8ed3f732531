// An empty file runs, prints nothing and exits 0.
// needs: cli
// cmd: ${DIR}/fixtures/empty.js
