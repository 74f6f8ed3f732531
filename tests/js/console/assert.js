// console.assert prints only when the condition is false, on stderr.
// needs: inspect
// expect-stderr-line: Assertion failed
// expect-stderr-line: Assertion failed: bad 2
// expect-stderr-line: Assertion failed: { a: 1 }
// expect: done
console.assert(true, "never");
console.assert(false);
console.assert(0, "bad", 2);
console.assert(null, { a: 1 });
console.log("done");
