// Tabs before the column are copied into the caret line, so the caret
// lines up with the source in any tab width.
// needs: errors
// expect-error: Uncaught Error: tabbed
// expect-stderr-line: 		throw new Error("tabbed");
// expect-stderr-line: 		      ^
// expect-stderr-line:     at f (${URL}:11:9)
// expect-stderr-line:     at ${URL}:14:1
function f() {
	if (true) {
		throw new Error("tabbed");
	}
}
f();
