// import() of a module that does not parse rejects with the SyntaxError.
// needs: modules
// perms: --allow-read
// expect: main still runs
// expect: SyntaxError Unexpected token ';'
import("./fixtures/errors/bad-syntax.js").then(
  () => print("no error"),
  (e) => print(e.name, e.message),
);
print("main still runs");
