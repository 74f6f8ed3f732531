// A script given by a relative path still gets an absolute file URL as its
// name, as stack traces show.
// needs: cli errors
// expect: ${URL}
const line = new Error().stack.split("\n")[1];
print(line.slice(line.indexOf("file://"), line.lastIndexOf(":", line.lastIndexOf(":") - 1)));
