// A runtime without TLS refuses Toy.serve's cert and key instead of
// serving plain HTTP where HTTPS was asked for: nothing listens.
// needs: http !tls
// perms: --allow-net
// expect: TypeError HTTPS is not supported by this build
try {
  Toy.serve({ hostname: "127.0.0.1", port: 0, cert: "x", key: "y", onListen() {} }, () => new Response("hi"));
  console.log("served");
} catch (e) {
  console.log(e.constructor.name, e.message);
}
