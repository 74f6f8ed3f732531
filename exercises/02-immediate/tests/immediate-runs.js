// setImmediate(callback) runs callback once the script is done, and a
// pending immediate keeps the program running until it has run.
// expect: main
// expect: immediate
setImmediate(() => print("immediate"));
print("main");
