// Toy.cwd() tells where the program runs, which is a read of that folder:
// without read access to it, it throws PermissionDenied, and the message
// says <CWD>, as Deno's did, not the path the program was refused.
// needs: perms
// expect: true
// expect: PermissionDenied: Requires read access to <CWD>, run again with the --allow-read flag
// expect: false
const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""));
const root = here.replace(/\/tests\/js\/permissions$/, "");
try {
  print("cwd: " + Toy.cwd());
} catch (e) {
  print(e instanceof Toy.errors.PermissionDenied);
  print(`${e.name}: ${e.message}`);
  print(e.message.includes(root));
}
