// Symbols, undefined and null, alone and inside objects.
// needs: inspect
// expect: Symbol(s) undefined null
// expect: { u: undefined, n: null, [Symbol(k)]: Symbol() }
console.log(Symbol("s"), undefined, null);
console.log({ [Symbol("k")]: Symbol(), u: undefined, n: null });
