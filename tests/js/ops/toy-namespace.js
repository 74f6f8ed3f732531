// What chapter 03 puts on globalThis.Toy: the raw ops and the bridge's
// helpers under Toy.core, the error classes under Toy.errors; nothing else.
// needs: ops !resources
// expect: core errors
// expect: metrics ops queueMicrotask setErrorClasses setTimerHandler
print(Object.keys(Toy).sort().join(" "));
print(Object.keys(Toy.core).sort().join(" "));
