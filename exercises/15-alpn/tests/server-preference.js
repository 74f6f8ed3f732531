// The server chooses: the first protocol in the server's list that the
// client also offers, whatever order the client lists them in.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: client h2 server h2
// expect: client http/1.1 server http/1.1
// expect: client acme-tls/1 server acme-tls/1
import { agree } from "./_alpn.js";

const a = await agree(["http/1.1", "h2"], ["h2", "http/1.1"]);
print(`client ${a.client} server ${a.server}`);
const b = await agree(["h2", "http/1.1"], ["http/1.1", "h2"]);
print(`client ${b.client} server ${b.server}`);
const c = await agree(["x", "h2", "acme-tls/1"], ["acme-tls/1", "h2"]);
print(`client ${c.client} server ${c.server}`);
