// print returns undefined, after printing.
// needs: print
// expect: inner
// expect: undefined
print(print("inner"));
