// A syntax error is reported before anything runs: no "first" on stdout.
// needs: errors
// expect-error: Uncaught SyntaxError: Unexpected token ';'
// expect-stderr-line: let x = ;
// expect-stderr-line:         ^
// expect-stderr-line:     at ${URL}:9:9
print("first");
let ok = 1;
let x = ;
print("never");
