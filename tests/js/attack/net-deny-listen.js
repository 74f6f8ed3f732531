// Listening on a wildcard address (0.0.0.0, or :: which takes IPv4 too)
// accepts connections to every local address, the loopback included:
// with 127.0.0.1 denied, it is denied too, as are the other spellings of
// the denied address. A denial with a port denies that port only.
// needs: net
// perms: --allow-net --deny-net=127.0.0.1,[::1]:4
// expect: 0.0.0.0: denied
// expect: ::: denied
// expect: [::]: denied
// expect: 127.1: denied
// expect: localhost: denied
// expect: ::1 port 4: denied
// expect: :: port 4: denied
import { attempt } from "./_attempt.js";
for (const hostname of ["0.0.0.0", "::", "[::]", "127.1", "localhost"]) {
  attempt(hostname, () => Toy.listen({ hostname, port: 0 }).close());
}
attempt("::1 port 4", () => Toy.listen({ hostname: "::1", port: 4 }).close());
attempt(":: port 4", () => Toy.listen({ hostname: "::", port: 4 }).close());
