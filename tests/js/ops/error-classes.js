// Toy.errors holds the classes ops fail with, one per kind of OS error, as
// Deno.errors does. Each is a subclass of Error named after itself.
// needs: ops
// expect: NotFound AlreadyExists PermissionDenied IsADirectory NotADirectory BadResource Interrupted BrokenPipe ConnectionRefused ConnectionReset AddrInUse TimedOut InvalidData WouldBlock
// expect: ok
const names = Object.keys(Toy.errors);
print(names.join(" "));
const bad = names.filter((name) => {
  const cls = Toy.errors[name];
  return typeof cls !== "function" || cls.name !== name ||
    !(cls.prototype instanceof Error);
});
print(bad.length === 0 ? "ok" : "bad: " + bad.join(" "));
