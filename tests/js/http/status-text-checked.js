// A statusText must be a reason phrase (RFC 9110: tabs, spaces, visible
// ASCII, bytes 0x80-0xff): the server writes it into the status line,
// and one with CR LF in it once ended that line early and wrote what
// followed as headers of the program's choosing (response splitting).
// The Response constructor throws instead, as Deno's does; a handler
// that tries gets a 500, and nothing of its text reaches the wire.
// needs: http
// perms: --allow-net
// expect: TypeError: Invalid status text: "OK\r\nx-injected: 1"
// expect: TypeError: Invalid status text: "OK\n"
// expect: TypeError: Invalid status text: "✓"
// expect: HTTP/1.1 500 Internal Server Error
// expect: injected header written: false
// expect: HTTP/1.1 200 Très	bien
// expect-stderr: error: Uncaught TypeError: Invalid status text
import { exchange, start } from "./_raw.js";
for (const statusText of ["OK\r\nx-injected: 1", "OK\n", "✓"]) {
  try {
    new Response("x", { statusText });
    print("accepted:", JSON.stringify(statusText));
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
const server = start((req) => {
  if (req.url.endsWith("/split")) return new Response("x", { statusText: "OK\r\nx-injected: 1" });
  return new Response("x", { statusText: "Très\tbien" });
});
const split = await exchange(server.addr.port, "GET /split HTTP/1.1\r\nConnection: close\r\n\r\n");
print(split.split("\r\n")[0]);
print("injected header written:", split.includes("x-injected"));
// The status line's bytes are UTF-8 (é is obs-text, 0xc3 0xa9), read back as such.
print((await exchange(server.addr.port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).split("\r\n")[0]);
await server.shutdown();
