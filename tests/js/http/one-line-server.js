// The one-line server: no options means port 8000 on every interface, and
// a line saying where it listens.
// needs: fetch
// perms: --allow-net
// lock: port-8000
// expect: Listening on http://0.0.0.0:8000/
// expect: 200 text/plain;charset=UTF-8 Hello, World!
const server = Toy.serve((req) => new Response("Hello, World!"));
const res = await fetch("http://127.0.0.1:8000/");
console.log(res.status, res.headers.get("content-type"), await res.text());
await server.shutdown();
