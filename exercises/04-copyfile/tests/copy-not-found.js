// Copying a file that does not exist fails with Toy.errors.NotFound, whose
// message names both paths: a rejected promise for copyFile, a throw for
// copyFileSync.
// expect: async: NotFound true No such file or directory (os error 2): copy '/nonexistent/toyjs-a' -> '/tmp/toyjs-lab-never'
// expect: sync: NotFound true No such file or directory (os error 2): copy '/nonexistent/toyjs-a' -> '/tmp/toyjs-lab-never'
function show(how, e) {
  print(how + ":", e.name, e instanceof Toy.errors.NotFound, e.message);
}
Toy.copyFile("/nonexistent/toyjs-a", "/tmp/toyjs-lab-never").then(
  () => print("async: copied?"),
  (e) => {
    show("async", e);
    try {
      Toy.copyFileSync("/nonexistent/toyjs-a", "/tmp/toyjs-lab-never");
      print("sync: copied?");
    } catch (e) {
      show("sync", e);
    }
  },
);
