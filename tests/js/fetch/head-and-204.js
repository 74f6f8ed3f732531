// A HEAD response and a 204 have no body even when they announce a
// length: fetch must not wait for bytes that never come.
// needs: fetch
// perms: --allow-net
// expect: HEAD 200 length 1000 body ""
// expect: GET 204 body ""
import { rawServer } from "./_raw.js";
const server = rawServer((req) =>
  req.startsWith("HEAD")
    ? "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"
    : "HTTP/1.1 204 No Content\r\n\r\n");
const url = `http://127.0.0.1:${server.port}/`;
const head = await fetch(url, { method: "HEAD" });
print("HEAD", head.status, "length", head.headers.get("content-length"), "body", JSON.stringify(await head.text()));
const none = await fetch(url);
print("GET", none.status, "body", JSON.stringify(await none.text()));
server.close();
