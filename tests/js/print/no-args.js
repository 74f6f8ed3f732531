// print() with no arguments prints an empty line.
// needs: print
// expect: before
// expect:
// expect: after
print("before");
print();
print("after");
