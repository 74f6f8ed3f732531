// A request's method must be a token (RFC 9110): fetch writes it into
// the request line as it is, and a method with CR LF in it once wrote a
// header of the program's choosing into the request. Now the Request
// constructor throws, as Deno's does, and nothing is sent; CONNECT,
// TRACE and TRACK are forbidden, as the fetch standard says. Other
// tokens go out as given.
// needs: fetch
// perms: --allow-net
// expect: TypeError: Method is not valid
// expect: TypeError: Method is not valid
// expect: TypeError: Method is not valid
// expect: TypeError: Method is forbidden
// expect: TypeError: Method is forbidden
// expect: requests sent: 0
// expect: PURGE / HTTP/1.1
// expect: get: GET, purge: purge
import { rawServer } from "./_raw.js";
const server = rawServer(() => "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
const url = `http://127.0.0.1:${server.port}/`;
for (const method of ["GET / HTTP/1.1\r\nx-injected: 1\r\nX:", "GET\n", "", "CONNECT", "trace"]) {
  try {
    await fetch(url, { method });
    print("sent:", JSON.stringify(method));
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
print("requests sent:", server.requests.length);
await fetch(url, { method: "PURGE" });
print(server.requests[0].split("\r\n")[0]);
print(`get: ${new Request(url, { method: "get" }).method}, purge: ${new Request(url, { method: "purge" }).method}`);
server.close();
