// Toy.listen({ reusePort: true }) sets SO_REUSEPORT before bind(): a
// second listener with it binds the same address and port. Without it on
// both, the second gets AddrInUse. As in Deno, only `true` turns it on:
// any other value is taken as false, without an error.
// needs: workers
// perms: --allow-net
// expect: same port: true
// expect: without reusePort: AddrInUse: Address already in use (os error 98)
// expect: first without it: AddrInUse: Address already in use (os error 98)
// expect: reusePort "yes": AddrInUse: Address already in use (os error 98)
// expect: reusePort 1: AddrInUse: Address already in use (os error 98)
// expect: listeners left: 0
const hostname = "127.0.0.1";
const a = Toy.listen({ hostname, port: 0, reusePort: true });
const port = a.addr.port;
const b = Toy.listen({ hostname, port, reusePort: true });
print("same port:", b.addr.port === port);

function attempt(label, options) {
  try {
    Toy.listen(options).close();
    print(`${label}: listened`);
  } catch (e) {
    print(`${label}: ${e.name}: ${e.message}`);
  }
}
attempt("without reusePort", { hostname, port });
const plain = Toy.listen({ hostname, port: 0 });
attempt("first without it", { hostname, port: plain.addr.port, reusePort: true });
attempt('reusePort "yes"', { hostname, port, reusePort: "yes" });
attempt("reusePort 1", { hostname, port, reusePort: 1 });
for (const l of [a, b, plain]) l.close();
const left = Object.values(Toy.resources()).filter((n) => n === "tcpListener").length;
print("listeners left:", left);
