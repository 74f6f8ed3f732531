// Without --timings, a run prints nothing of its own on stderr, whichever
// way it started.
// needs: snapshots
// expect: quiet
print("quiet");
