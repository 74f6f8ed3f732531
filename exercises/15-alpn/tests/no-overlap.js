// Both offer protocols, none in common: the server refuses the handshake
// with the no_application_protocol alert (RFC 7301, section 3.2), so the
// client's connectTls fails, and the server's handshake() fails too.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect: client InvalidData: tls handshake failed: tlsv1 alert no application protocol
// expect: server InvalidData: tls handshake failed: no application protocol
import { agree } from "./_alpn.js";

const { client, server } = await agree(["h2"], ["http/1.1"]);
print(`client ${client}`);
print(`server ${server}`);
