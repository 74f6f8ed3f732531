// `-p` prints the value after the code has run, even when it is undefined.
// cmd: -p print("side")
// expect: side
// expect: undefined
