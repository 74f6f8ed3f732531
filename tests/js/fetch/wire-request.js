// The exact request fetch writes: request line with path and query,
// Host with the port, the caller's headers, Content-Length, and
// Connection: close (one request per connection).
// needs: fetch
// perms: --allow-net
// expect: POST /a%20b/c?x=1&y=%22 HTTP/1.1
// expect: host: 127.0.0.1:PORT
// expect: accept: */*
// expect: user-agent: toyjs/VERSION
// expect: content-type: text/plain;charset=UTF-8
// expect: x-one: 1
// expect: content-length: 4
// expect: connection: close
// expect: |
// expect: data
import { rawServer } from "./_raw.js";
const server = rawServer(() => "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
await fetch(`http://127.0.0.1:${server.port}/a b/c?x=1&y="#frag`, { method: "POST", body: "data", headers: { "X-One": "1" } });
const text = server.requests[0].replace(`:${server.port}`, ":PORT").replace(Toy.version.toyjs, "VERSION");
for (const line of text.split("\r\n")) print(line === "" ? "|" : line);
server.close();
