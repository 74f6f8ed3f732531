// One leaked resource is "1 resource", not "1 resources".
// flags: --check-leaks
// expect-error: 1 resource left open: 3 (fsFile)
// expect-exit: 1
Toy.openSync("/dev/null");
