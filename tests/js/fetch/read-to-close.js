// Without Content-Length or chunking, the body is whatever comes until
// the server closes the connection.
// needs: fetch
// perms: --allow-net
// expect: 200 [first part, second part]
import { rawServer } from "./_raw.js";
const server = rawServer(() => ["HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nfirst part", ", second part"]);
const res = await fetch(`http://127.0.0.1:${server.port}/`);
print(res.status, `[${await res.text()}]`);
server.close();
