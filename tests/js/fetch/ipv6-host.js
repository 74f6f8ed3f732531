// fetch of an IPv6 URL is checked against --allow-net=[::1], the way
// Deno writes IPv6 hosts.
// needs: fetch
// perms: --allow-net=[::1]
// expect: 200 hello over IPv6
const server = Toy.serve({ hostname: "::1", port: 0, onListen() {} }, () => new Response("hello over IPv6"));
const res = await fetch(`http://[::1]:${server.addr.port}/`);
print(res.status, await res.text());
await server.shutdown();
