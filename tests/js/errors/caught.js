// An exception the script catches is not reported, and the exit code is 0.
// needs: errors
// expect: caught TypeError
// expect: still running
try {
  undefined.x;
} catch (e) {
  print("caught", e.name);
}
print("still running");
