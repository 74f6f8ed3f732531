// ALPN needs both sides. A client that offers protocols to a server that
// speaks none, or a server with protocols and a client that offers none,
// still connects, with no protocol (null) on either side; an empty list
// is the same as none. Then both offer, and they agree.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: client only: client null server null
// expect: server only: client null server null
// expect: empty lists: client null server null
// expect: both: client h2 server h2
import { agree } from "./_alpn.js";

for (const [name, client, server] of [
  ["client only", ["h2"], undefined],
  ["server only", undefined, ["h2"]],
  ["empty lists", [], []],
  ["both", ["h2"], ["h2"]],
]) {
  const r = await agree(client, server);
  print(`${name}: client ${r.client} server ${r.server}`);
}
