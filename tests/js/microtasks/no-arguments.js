// A microtask callback is called with no arguments and returns nothing
// anyone sees; queueMicrotask itself returns undefined.
// needs: microtasks
// expect: undefined
// expect: 0
print(queueMicrotask((...args) => print(args.length)));
