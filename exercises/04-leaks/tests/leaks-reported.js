// With --check-leaks, files the script never closed are reported at exit,
// by rid in increasing order, and the exit code is 1. What the script
// printed comes first; the files it closed are not listed.
// flags: --check-leaks
// expect: opened 3 4 5 6
// expect-error: 2 resources left open: 3 (fsFile), 5 (fsFile)
const files = [0, 1, 2, 3].map(() => Toy.openSync("/dev/null"));
print("opened", ...files.map((f) => f.rid));
files[1].close();
Toy.close(files[3].rid);
