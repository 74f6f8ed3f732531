// Helpers for the ALPN tests (not a test itself): a TLS listener on
// 127.0.0.1 with the test certificate for localhost (tests/fixtures/tls),
// and one connection to it. Needs --allow-net and
// --allow-read=tests/fixtures/tls.
const dir = "tests/fixtures/tls";
export const ca = Toy.readTextFileSync(`${dir}/ca.pem`);

// A listener that offers alpnProtocols (left out when undefined).
export function listen(alpnProtocols) {
  const options = {
    hostname: "127.0.0.1",
    port: 0,
    cert: Toy.readTextFileSync(`${dir}/localhost.pem`),
    key: Toy.readTextFileSync(`${dir}/localhost.key`),
  };
  if (alpnProtocols !== undefined) options.alpnProtocols = alpnProtocols;
  return Toy.listenTls(options);
}

// Connects a client offering client (left out when undefined) to a server
// offering server, and settles with what each side's handshake() said,
// "h2" or null, or the error it failed with as "Name: message".
export async function agree(client, server) {
  const listener = listen(server);
  const serverSide = listener.accept().then(async (conn) => {
    try {
      return (await conn.handshake()).alpnProtocol;
    } catch (e) {
      return `${e.name}: ${e.message}`;
    } finally {
      conn.close();
    }
  });
  const options = { hostname: "localhost", port: listener.addr.port, caCerts: [ca] };
  if (client !== undefined) options.alpnProtocols = client;
  let clientSide;
  try {
    const conn = await Toy.connectTls(options);
    clientSide = (await conn.handshake()).alpnProtocol;
    conn.close();
  } catch (e) {
    clientSide = `${e.name}: ${e.message}`;
  }
  const result = { client: clientSide, server: await serverSide };
  listener.close();
  return result;
}
