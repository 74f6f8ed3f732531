// fetch reads the reason phrase of a status line as RFC 9110 defines it:
// a control character in it makes the response invalid, the way a
// Response refuses such a statusText. A 205 (Reset Content) that comes
// with an empty body resolves with a null body, as it has no content.
// needs: fetch
// perms: --allow-net
// expect: TypeError error sending request for url (URL/1): invalid HTTP response: bad status line
// expect: 200 "Fine\tThanks"
// expect: 205 "Reset Content" body null
import { rawServer } from "./_raw.js";
const answers = [
  "HTTP/1.1 200 OK\x01\r\nContent-Length: 0\r\n\r\n",
  "HTTP/1.1 200 Fine\tThanks\r\nContent-Length: 0\r\n\r\n",
  "HTTP/1.1 205 Reset Content\r\nContent-Length: 0\r\n\r\n",
];
const server = rawServer((req, n) => answers[n - 1]);
const base = `http://127.0.0.1:${server.port}`;
for (let i = 1; i <= answers.length; i++) {
  try {
    const res = await fetch(`${base}/${i}`);
    print(res.status, JSON.stringify(res.statusText), ...(res.status === 205 ? ["body", (await res.arrayBuffer()).byteLength === 0 ? "null" : "some"] : []));
  } catch (e) {
    print(e.name, e.message.replace(base, "URL"));
  }
}
server.close();
