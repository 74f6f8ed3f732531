// Closing a listener while accept() waits rejects it with BadResource.
// needs: net
// perms: --allow-net
// expect: BadResource: Listener has been closed
// expect: true
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const pending = listener.accept();
setTimeout(() => listener.close(), 10);
try {
  await pending;
} catch (e) {
  print(`${e.name}: ${e.message}`);
  print(e instanceof Toy.errors.BadResource);
}
