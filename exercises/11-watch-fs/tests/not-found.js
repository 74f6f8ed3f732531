// A path that does not exist cannot be watched: watchFs throws NotFound,
// naming the path, at once.
// needs: fsx
// perms: --allow-read
// expect: NotFound true No such file or directory (os error 2): watch '/nonexistent/toyjs'
try {
  Toy.watchFs("/nonexistent/toyjs");
  print("watching?");
} catch (e) {
  print(e.name, e instanceof Toy.errors.NotFound, e.message);
}
