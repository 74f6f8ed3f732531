// Empty lines are lines: two breaks in a row give an empty string, and a
// text that starts with a break starts with one. Only the end is
// different: the text after the last break is a line only if it is not
// empty, so "x\n" is one line, and no text at all is none.
// needs: streams
// expect: ["","","x",""]
// expect: [""]
// expect: ["x"]
// expect: ["x"]
// expect: []
// expect: []
import { lines } from "./_lines.js";
print(await lines(["\n\nx\n\n"]));
print(await lines(["\n"]));
print(await lines(["x\n"]));
print(await lines(["", "x", ""]));
print(await lines([""]));
print(await lines([]));
