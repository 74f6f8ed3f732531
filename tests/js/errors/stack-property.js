// error.stack names the script by its absolute file URL, with line and
// column of each frame.
// needs: errors
// expect: Error: here
// expect:     at where (${URL}:9:10)
// expect:     at ${URL}:11:15
// expect: 3
function where() {
  return new Error("here");
}
const stack = where().stack;
const lines = stack.split("\n");
print(lines[0]);
print(lines[1]);
print(lines[2]);
print(lines.length);
