// Shared by the TLS tests (not a test itself): a Toy.listenTls listener
// on 127.0.0.1 with the test certificate for localhost and 127.0.0.1
// (tests/fixtures/tls/README.md says how it was made). Needs
// --allow-net and --allow-read=tests/fixtures/tls.
export const dir = "tests/fixtures/tls";

export function listenLocal() {
  return Toy.listenTls({
    hostname: "127.0.0.1",
    port: 0,
    cert: Toy.readTextFileSync(`${dir}/localhost.pem`),
    key: Toy.readTextFileSync(`${dir}/localhost.key`),
  });
}
