// Using a name nobody declared is a ReferenceError.
// needs: errors
// expect-error: Uncaught ReferenceError: notDeclared is not defined
// expect-stderr-line: print(notDeclared);
// expect-stderr-line:       ^
// expect-stderr-line:     at ${URL}:7:7
print(notDeclared);
