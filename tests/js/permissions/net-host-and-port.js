// --allow-net=HOST grants every port of HOST; HOST:PORT only that port.
// Host names compare without regard to case; IPv6 hosts are bracketed.
// needs: perms
// perms: --allow-net=example.com,localhost:8080,[::1]:443
// expect: granted granted
// expect: granted prompt
// expect: granted prompt
// expect: prompt
const q = (host) => Toy.permissions.querySync({ name: "net", host }).state;
print(q("example.com:1"), q("Example.COM:65535"));
print(q("localhost:8080"), q("localhost:8081"));
print(q("[::1]:443"), q("[::1]:80"));
print(q("sub.example.com:80"));
