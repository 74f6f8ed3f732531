// A listener's addr and a connection's local and remote addresses.
// needs: net
// perms: --allow-net
// expect: tcp 127.0.0.1 true
// expect: default hostname 0.0.0.0
// expect: ends match true
// expect: remote 127.0.0.1
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const { transport, hostname, port } = listener.addr;
print(`${transport} ${hostname} ${port > 0}`);
const any = Toy.listen({ port: 0 });
print(`default hostname ${any.addr.hostname}`);
any.close();
const accepted = listener.accept();
const client = await Toy.connect({ port });
const conn = await accepted;
print(`ends match ${client.localAddr.port === conn.remoteAddr.port && client.remoteAddr.port === port}`);
print(`remote ${conn.remoteAddr.hostname}`);
client.close();
conn.close();
listener.close();
