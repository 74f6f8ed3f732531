// A response that says "connection: close" ends its connection: the next
// request opens a new one, which is then kept in turn. An HTTP/1.0
// response without "connection: keep-alive" ends it too.
// needs: fetch
// perms: --allow-net=127.0.0.1
// expect: 200 one
// expect: 200 two
// expect: 200 three
// expect: 200 four
// expect: 200 five
// expect: conn 1: GET /1
// expect: conn 1: GET /2
// expect: conn 2: GET /3
// expect: conn 3: GET /4
// expect: conn 3: GET /5
// expect: connections: 3
import { ok, start } from "./_server.js";
const server = start((req) => {
  switch (req.path) {
    case "/1": return ok("one");
    case "/2": return ok("two", "connection: close\r\n");
    case "/3": return "HTTP/1.0 200 OK\r\ncontent-length: 5\r\n\r\nthree";
    case "/4": return "HTTP/1.0 200 OK\r\ncontent-length: 4\r\nconnection: keep-alive\r\n\r\nfour";
    default: return ok("five");
  }
});
for (const path of ["/1", "/2", "/3", "/4", "/5"]) {
  const res = await fetch(server.url + path);
  print(`${res.status} ${await res.text()}`);
}
server.log.forEach((line) => print(line));
print(`connections: ${server.connections}`);
server.close();
