// --allow-net=[::1] (IPv6 in brackets, as Deno writes it) grants the
// IPv6 loopback, whichever way the program writes the address, and a
// denial names an IPv6 host in brackets too.
// needs: net
// perms: --allow-net=[::1]
// expect: listening on ::1
// expect: connected to ::1
// expect: connected to [::1]
// expect: connected to 0:0:0:0:0:0:0:1
// expect: PermissionDenied: Requires net access to "[::2]:1", run again with the --allow-net flag
const listener = Toy.listen({ hostname: "::1", port: 0 });
print("listening on", listener.addr.hostname);
for (const hostname of ["::1", "[::1]", "0:0:0:0:0:0:0:1"]) {
  const accepted = listener.accept();
  const conn = await Toy.connect({ hostname, port: listener.addr.port });
  print("connected to", hostname);
  conn.close();
  (await accepted).close();
}
listener.close();
try {
  await Toy.connect({ hostname: "::2", port: 1 });
} catch (e) {
  print(`${e.name}: ${e.message}`);
}
