// fetch with AbortSignal.timeout against a server that never answers
// rejects with the TimeoutError once the time is up.
// needs: fetch
// perms: --allow-net
// expect: TimeoutError Signal timed out.
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
const accepted = listener.accept();
try {
  await fetch(`http://127.0.0.1:${listener.addr.port}/`, { signal: AbortSignal.timeout(50) });
} catch (e) {
  print(e.name, e.message);
}
(await accepted).close();
listener.close();
