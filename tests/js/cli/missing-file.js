// A file that does not exist is reported by its absolute file URL.
// needs: cli
// cmd: ${DIR}/does-not-exist.js
// expect-error: Module not found "file://${DIR}/does-not-exist.js".
