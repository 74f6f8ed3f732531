// What can go wrong with a path, each in Deno's form of error: nothing
// listening there (NotFound), a file already there (AddrInUse: it is
// never removed to make room), a NUL byte, a path too long for a socket
// address (libuv would cut it short and use another path), and a path
// that is not a non-empty string.
// needs: net fsx
// perms: --allow-read --allow-write
// expect: connect to nothing: NotFound: No such file or directory (os error 2)
// expect: listen on a file: AddrInUse: Address already in use (os error 98)
// expect: the file is still there: true
// expect: NUL: TypeError: file name contained an unexpected NUL byte
// expect: too long: TypeError: Invalid Unix socket path (1 to 107 bytes): 'DIR/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
// expect: no path: TypeError: A Unix socket needs a path: a string that is not empty
// expect: empty path: TypeError: A Unix socket needs a path: a string that is not empty
import { tempDir } from "./_dir.js";
const t = await tempDir();
async function attempt(label, f) {
  try {
    await f();
    print(`${label}: no error`);
  } catch (e) {
    print(`${label}: ${e.name}: ${e.message.replaceAll(t.dir, "DIR")}`);
  }
}
await attempt("connect to nothing", () => Toy.connect({ transport: "unix", path: t.path("none.sock") }));
await Toy.writeTextFile(t.path("taken"), "not a socket");
await attempt("listen on a file", () => Toy.listen({ transport: "unix", path: t.path("taken") }));
print(`the file is still there: ${(await Toy.readTextFile(t.path("taken"))) === "not a socket"}`);
await attempt("NUL", () => Toy.listen({ transport: "unix", path: t.path("a\0b.sock") }));
await attempt("too long", () => Toy.listen({ transport: "unix", path: t.path("x".repeat(120)) }));
await attempt("no path", () => Toy.connect({ transport: "unix" }));
await attempt("empty path", () => Toy.listen({ transport: "unix", path: "" }));
await t.remove();
