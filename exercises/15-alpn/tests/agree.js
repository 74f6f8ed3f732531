// A client and a server that both speak h2 agree on it, and each side's
// handshake() says so; the same with http/1.1 as the only protocol.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: client h2 server h2
// expect: client http/1.1 server http/1.1
import { agree } from "./_alpn.js";

for (const list of [["h2", "http/1.1"], ["http/1.1"]]) {
  const { client, server } = await agree(list, list);
  print(`client ${client} server ${server}`);
}
