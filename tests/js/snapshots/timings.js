// --timings prints, on stderr once the program is done, how long each
// start-up phase took and which way the context was made (the suite also
// runs with --no-snapshot, so that is checked in timings-no-snapshot.js and
// tests/checks/snapshots.sh). Only the names are checked, never the numbers.
// needs: snapshots
// flags: --timings
// expect: hello
// expect-stderr: timings (ms), context 
// expect-stderr:   V8 platform
// expect-stderr:   isolate + context
// expect-stderr:   bootstrap JS
// expect-stderr:   user code
// expect-stderr:   event loop
// expect-stderr:   main to user code
// expect-stderr:   total
print("hello");
