// Every answer carries a Date header in HTTP's date format, unless the
// handler set its own, which is sent as it is (and only once).
// needs: fetch
// perms: --allow-net
// expect: true
// expect: Thu, 01 Jan 1970 00:00:00 GMT
const server = Toy.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) =>
  req.url.endsWith("/own")
    ? new Response("x", { headers: { date: "Thu, 01 Jan 1970 00:00:00 GMT" } })
    : new Response("x"));
const base = `http://127.0.0.1:${server.addr.port}`;
const a = await fetch(`${base}/`);
const date = a.headers.get("date");
console.log(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/.test(date) &&
  Math.abs(Date.parse(date) - Date.now()) < 60000);
await a.text();
const b = await fetch(`${base}/own`);
console.log(b.headers.get("date"));
await b.text();
await server.shutdown();
