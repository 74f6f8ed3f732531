// Strings at the top level print as they are; numbers, booleans, -0 and
// bigints as Node and Deno print them.
// needs: inspect
// expect: plain 1 2.5 true -0 10n
console.log("plain", 1, 2.5, true, -0, 10n);
