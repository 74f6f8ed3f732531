// Denying a host that is not this machine does not stop a server from
// listening on every local address: 0.0.0.0 and :: cover only local
// ones. (192.0.2.1 is an address reserved for documentation.)
// needs: net
// perms: --allow-net --deny-net=192.0.2.1,[2001:db8::1]
// expect: 0.0.0.0 ok
// expect: :: ok
for (const hostname of ["0.0.0.0", "::"]) {
  const listener = Toy.listen({ hostname, port: 0 });
  listener.close();
  print(hostname, "ok");
}
