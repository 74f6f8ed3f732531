// An unverified server, not caught: the rejection ends the run in Deno's
// words, with the reason OpenSSL's verification gave.
// needs: tls
// perms: --allow-net --allow-read=tests/fixtures/tls
// expect-error: Uncaught (in promise) InvalidData: invalid peer certificate: unable to get local issuer certificate
import { listenLocal } from "./_tls.js";

const listener = listenLocal();
listener.accept().then((conn) => conn.handshake().catch(() => conn.close()));
Toy.connectTls({ hostname: "127.0.0.1", port: listener.addr.port }).then(() => print("not reached"));
