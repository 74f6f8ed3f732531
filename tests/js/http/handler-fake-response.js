// A handler's answer must be a real Response, not just something whose
// prototype chain leads to Response.prototype: an object made with
// Object.create(Response.prototype), or a Proxy of a Response, has none
// of its fields. Each gets a 500 and its error on stderr, as any other
// bad answer does, and the server goes on serving.
// needs: http
// perms: --allow-net
// expect: HTTP/1.1 500 Internal Server Error
// expect: HTTP/1.1 500 Internal Server Error
// expect: HTTP/1.1 200 OK
// expect-stderr: error: Uncaught TypeError: Return value from serve handler must be a response or a promise resolving to a response
// expect-stderr: error: Uncaught TypeError: Return value from serve handler must be a response or a promise resolving to a response
import { exchange, start } from "./_raw.js";
const answers = [
  () => Object.create(Response.prototype),
  () => new Proxy(new Response("proxied"), {}),
  () => new Response("fine"),
];
let calls = 0;
const server = start(() => answers[calls++]());
const req = "GET / HTTP/1.1\r\nConnection: close\r\n\r\n";
for (let i = 0; i < answers.length; i++)
  print((await exchange(server.addr.port, req)).split("\r\n")[0]);
await server.shutdown();
