// Output that is not a terminal gets no colour codes.
// needs: inspect
// expect: { n: 1, s: 'x' } [ true ]
// expect: true
console.log({ n: 1, s: "x" }, [true]);
print(Toy.inspect(1, { colors: true }) === "\x1b[33m1\x1b[39m");
