// Converting an argument calls its toString, so an exception thrown there
// propagates out of print, and nothing of that call is printed.
// needs: print errors
// expect: caught no
// expect: after
try {
  print("a", { toString() { throw new Error("no"); } });
} catch (e) {
  print("caught", e.message);
}
print("after");
