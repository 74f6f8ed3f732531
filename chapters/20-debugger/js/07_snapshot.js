// 07_snapshot.js: Toy.snapshot, for application snapshots:
//   toyjs --build-snapshot app.js -o app.snap   runs app.js, then snapshots
//   toyjs --snapshot app.snap                   starts from it, calls main
"use strict";
((core) => {
  globalThis.Toy.snapshot = {
    // The function a process started from this snapshot calls first.
    setMain(fn) {
      core.setSnapshotMain(fn);
    },
  };
})(globalThis.Toy.core);
