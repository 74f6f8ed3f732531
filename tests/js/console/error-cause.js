// An error nested in an object keeps its stack, indented, and its cause.
// needs: inspect
// expect: {
// expect:   e: Error: outer
// expect:       at here {
// expect:     [cause]: 'why'
// expect:   }
// expect: }
const e = new Error("outer", { cause: "why" });
e.stack = "Error: outer\n    at here";
console.log({ e });
