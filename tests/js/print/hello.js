// print writes its argument and a newline to stdout.
// needs: print
// expect: Hello, world!
print("Hello, world!");
