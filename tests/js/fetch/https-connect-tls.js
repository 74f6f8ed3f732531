// https: goes through Toy.connectTls({ hostname, port }) when the build
// has it (here replaced by a connection that answers from memory, so
// no TLS is needed), and is a TypeError when it does not.
// needs: fetch tls
// expect: connectTls secure.example 443
// expect: wrote GET /path HTTP/1.1 host: secure.example
// expect: closed
// expect: 200 over tls https://secure.example/path
// expect: TypeError error sending request for url (https://secure.example/): https is not supported by this build
const enc = new TextEncoder();
const dec = new TextDecoder();
const own = Object.getOwnPropertyDescriptor(Toy, "connectTls");
Toy.connectTls = async ({ hostname, port }) => {
  print("connectTls", hostname, port);
  let reply = enc.encode("HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\nover tls");
  return {
    async write(bytes) {
      const lines = dec.decode(bytes).split("\r\n");
      print("wrote", lines[0], lines.find((l) => l.startsWith("host:")));
      return bytes.length;
    },
    async read(buf) {
      if (reply.length === 0) return null;
      const n = Math.min(buf.length, reply.length);
      buf.set(reply.subarray(0, n));
      reply = reply.subarray(n);
      return n;
    },
    close() {
      print("closed");
    },
  };
};
const res = await fetch("https://secure.example/path");
print(res.status, await res.text(), res.url);
delete Toy.connectTls;
try {
  await fetch("https://secure.example/");
} catch (e) {
  print(e.name, e.message);
}
if (own) Object.defineProperty(Toy, "connectTls", own);
