// A newline inside an argument splits the output line.
// needs: print
// expect: one
// expect: two
// expect:
// expect: three
print("one\ntwo\n");
print("three");
