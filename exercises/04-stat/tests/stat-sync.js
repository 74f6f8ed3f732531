// Toy.statSync(path) gives the same FileInfo at once. A directory is
// isDirectory; a device such as /dev/null is neither a file nor a
// directory.
// expect: / file false dir true
// expect: /dev/null file false dir false size 0
const root = Toy.statSync("/");
print("/ file", root.isFile, "dir", root.isDirectory);
const dev = Toy.statSync("/dev/null");
print("/dev/null file", dev.isFile, "dir", dev.isDirectory, "size", dev.size);
