// With --no-snapshot, --timings says the context was built from source,
// and still lists every phase: bootstrap JS is where the runtime's own JS
// ran this time.
// needs: snapshots
// flags: --no-snapshot --timings
// expect: hello
// expect-stderr-line: timings (ms), context built from source:
// expect-stderr:   V8 platform
// expect-stderr:   isolate + context
// expect-stderr:   bootstrap JS
// expect-stderr:   user code
// expect-stderr:   event loop
// expect-stderr:   main to user code
// expect-stderr:   total
print("hello");
