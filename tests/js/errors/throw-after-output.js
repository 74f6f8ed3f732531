// stdout written before the error is flushed, in order, before exit.
// needs: errors
// expect: 1
// expect: 2
// expect: 3
// expect-error: Uncaught Error: after three
for (let i = 1; i <= 3; i++) print(i);
throw new Error("after three");
