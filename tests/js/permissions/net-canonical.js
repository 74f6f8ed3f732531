// Net rules and queries compare addresses, not text: the numeric forms
// of an IPv4 address, IPv4-mapped IPv6 and the spellings of an IPv6
// address all match the rule for that address. A name is not resolved by
// a query: only a connection resolves it.
// needs: perms
// perms: --allow-net=[::1]:80 --deny-net=127.0.0.1
// expect: 127.1:80 denied
// expect: 2130706433:80 denied
// expect: 0x7f000001:80 denied
// expect: [::ffff:127.0.0.1]:80 denied
// expect: [0:0:0:0:0:0:0:1]:80 granted
// expect: [::1]:81 prompt
// expect: [::1] prompt
// expect: 127.0.0.2:80 prompt
const q = (host) => Toy.permissions.querySync({ name: "net", host }).state;
for (const host of ["127.1:80", "2130706433:80", "0x7f000001:80", "[::ffff:127.0.0.1]:80",
  "[0:0:0:0:0:0:0:1]:80", "[::1]:81", "[::1]", "127.0.0.2:80"]) {
  print(host, q(host));
}
