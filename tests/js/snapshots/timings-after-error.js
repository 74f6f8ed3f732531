// A program that fails still gets its --timings, after the error report,
// and keeps its exit code.
// needs: snapshots errors
// flags: --timings
// expect-error: Uncaught Error: failed early
// expect-stderr: timings (ms), context 
// expect-stderr:   user code
// expect-stderr:   total
throw new Error("failed early");
