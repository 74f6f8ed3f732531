// A server that breaks HTTP: no response at all, a status line that is
// not HTTP, a body shorter than its Content-Length, a bad chunk size.
// Each is a TypeError, never a hang or a crash.
// needs: fetch
// perms: --allow-net
// expect: TypeError error sending request for url (URL/1): connection closed before message completed
// expect: TypeError error sending request for url (URL/2): invalid HTTP response: bad status line
// expect: TypeError error reading a body from connection: end of file before message length reached
// expect: TypeError error reading a body from connection: invalid chunk size
import { rawServer } from "./_raw.js";
const answers = [
  "",
  "SMTP ready\r\n\r\n",
  "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort",
  "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\ndata\r\n",
];
const server = rawServer((req, n) => answers[n - 1]);
const base = `http://127.0.0.1:${server.port}`;
for (let i = 1; i <= answers.length; i++) {
  try {
    const res = await fetch(`${base}/${i}`);
    await res.text();
    print("resolved?");
  } catch (e) {
    print(e.name, e.message.replace(base, "URL"));
  }
}
server.close();
