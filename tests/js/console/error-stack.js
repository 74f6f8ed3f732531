// An error prints with its stack; extra properties follow in braces.
// needs: inspect
// expect: Error: boom
// expect:     at ${URL}:9:11
// expect: Error: boom
// expect:     at ${URL}:9:11 {
// expect:   code: 'E_BOOM'
// expect: }
const e = new Error("boom");
console.log(e);
e.code = "E_BOOM";
console.log(e);
