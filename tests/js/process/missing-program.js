// A program that does not exist is a NotFound error, in Deno's words, from
// both forms.
// needs: run
// perms: --allow-run
// expect: NotFound true: Failed to spawn 'nope-no-such-program': No such file or directory (os error 2)
// expect: NotFound true: Failed to spawn 'nope-no-such-program': No such file or directory (os error 2)
try {
  await new Toy.Command("nope-no-such-program").output();
} catch (e) {
  print(`${e.name} ${e instanceof Toy.errors.NotFound}: ${e.message}`);
}
try {
  new Toy.Command("nope-no-such-program").outputSync();
} catch (e) {
  print(`${e.name} ${e instanceof Toy.errors.NotFound}: ${e.message}`);
}
