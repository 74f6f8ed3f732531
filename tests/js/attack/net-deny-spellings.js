// --deny-net=127.0.0.1 denies that address however the program spells
// it: a name that resolves to it, the short and numeric forms the C
// library accepts, the IPv4-mapped IPv6 form, and 0.0.0.0 (a connect to
// it reaches the loopback). The check is made on the address the socket
// will use, after resolving, before connecting.
// needs: net
// perms: --allow-net --deny-net=127.0.0.1
// expect: 127.0.0.1: denied
// expect: localhost: denied
// expect: LocalHost: denied
// expect: 127.1: denied
// expect: 127.0.1: denied
// expect: 2130706433: denied
// expect: 0x7f000001: denied
// expect: 0177.0.0.1: denied
// expect: 0.0.0.0: denied
// expect: 0: denied
// expect: ::ffff:127.0.0.1: denied
// expect: [::ffff:127.0.0.1]: denied
// expect: ::ffff:7f00:1: denied
// expect: 127.0.0.2: ConnectionRefused
import { attemptAsync } from "./_attempt.js";
const spellings = ["127.0.0.1", "localhost", "LocalHost", "127.1", "127.0.1", "2130706433",
  "0x7f000001", "0177.0.0.1", "0.0.0.0", "0", "::ffff:127.0.0.1", "[::ffff:127.0.0.1]",
  "::ffff:7f00:1", "127.0.0.2"];
for (const hostname of spellings) {
  await attemptAsync(hostname, () => Toy.connect({ hostname, port: 1 }));
}
