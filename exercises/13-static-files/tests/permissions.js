// serveFile reads with the program's own permissions: without
// --allow-read it serves nothing, not even a 404, and rejects with the
// PermissionDenied error of the read it was refused.
// needs: http
// perms: --allow-write
// expect: PermissionDenied true
// expect: Requires read access to "<file>", run again with the --allow-read flag
const file = Toy.makeTempFileSync({ prefix: "toyjs-lab-static-", suffix: ".txt" });
Toy.writeTextFileSync(file, "secret");
try {
  const res = await Toy.serveFile(new Request("http://127.0.0.1/secret.txt"), file);
  print("served:", res.status);
} catch (e) {
  print(e.name, e instanceof Toy.errors.PermissionDenied);
  print(e.message.replace(file, "<file>"));
}
Toy.removeSync(file);
