// console.group indents what follows until groupEnd.
// needs: inspect
// expect: a
// expect: g
// expect:   b
// expect:   c
// expect: d
console.log("a");
console.group("g");
console.log("b\nc");
console.groupEnd();
console.log("d");
