// Arguments are joined by single spaces, with nothing trimmed.
// needs: print
// expect: a 1 true
// expect: a   b
// expect: x  y
print("a", 1, true);
print("a ", " b");
print("x", "", "y");
