// With --check-leaks the garbage collector does not close a dropped
// FsFile (without the flag it would), so a forgotten file is reported
// whenever the collector happens to run.
// flags: --check-leaks --v8-flags=--expose-gc
// expect: after gc: 3 still open
// expect-error: 1 resource left open: 3 (fsFile)
(function forget() {
  Toy.openSync("/dev/null");
})();
gc();
print("after gc:", Object.keys(Toy.resources()).filter((rid) => rid > 2).join(" "), "still open");
