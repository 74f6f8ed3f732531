// Toy.snapshot.setMain in an ordinary run only records the function: it is
// not called, and the script runs on as usual. A non-function is a
// TypeError whatever the run.
// needs: snapshots
// expect: registered
// expect: TypeError Toy.snapshot.setMain: argument 1 is not a function
// expect: done
Toy.snapshot.setMain(() => print("main must not run"));
print("registered");
try {
  Toy.snapshot.setMain("main");
} catch (e) {
  print(e.name, e.message);
}
print("done");
