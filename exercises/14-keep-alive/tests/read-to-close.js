// A response with neither content-length nor chunked coding ends where
// its connection ends, so that connection cannot be kept. A chunked
// response, a HEAD response and a 204 can: their ends are known without
// closing anything.
// needs: fetch
// perms: --allow-net=127.0.0.1
// expect: GET /close: 200 "until the end"
// expect: GET /chunked: 200 "in two chunks"
// expect: HEAD /head: 200 ""
// expect: GET /empty: 204 ""
// expect: GET /last: 200 "last"
// expect: conn 1: GET /close
// expect: conn 2: GET /chunked
// expect: conn 2: HEAD /head
// expect: conn 2: GET /empty
// expect: conn 2: GET /last
// expect: connections: 2
import { ok, start } from "./_server.js";
const server = start((req) => {
  switch (req.path) {
    case "/close": return { text: "HTTP/1.1 200 OK\r\n\r\nuntil the end", close: true };
    case "/chunked": return "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nin \r\na\r\ntwo chunks\r\n0\r\n\r\n";
    case "/head": return "HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\n";
    case "/empty": return "HTTP/1.1 204 No Content\r\n\r\n";
    default: return ok("last");
  }
});
for (const [method, path] of [["GET", "/close"], ["GET", "/chunked"], ["HEAD", "/head"], ["GET", "/empty"], ["GET", "/last"]]) {
  const res = await fetch(server.url + path, { method });
  print(`${method} ${path}: ${res.status} ${JSON.stringify(await res.text())}`);
}
server.log.forEach((line) => print(line));
print(`connections: ${server.connections}`);
server.close();
