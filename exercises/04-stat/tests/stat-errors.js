// A path that does not exist is NotFound (a rejection for stat, a throw
// for statSync); a path through a file is NotADirectory. The messages
// are Deno's, naming the path.
// expect: NotFound true No such file or directory (os error 2): stat '/nonexistent/toyjs'
// expect: NotFound true No such file or directory (os error 2): stat '/nonexistent/toyjs'
// expect: NotADirectory true Not a directory (os error 20): stat '/dev/null/x'
function show(e) {
  print(e.name, e instanceof Toy.errors[e.name], e.message);
}
Toy.stat("/nonexistent/toyjs").then(() => print("found?"), (e) => {
  show(e);
  for (const p of ["/nonexistent/toyjs", "/dev/null/x"]) {
    try {
      Toy.statSync(p);
      print("found?");
    } catch (e) {
      show(e);
    }
  }
});
