// An open listener with no accept pending does not keep the program running.
// needs: net
// perms: --allow-net
// expect: done
const listener = Toy.listen({ hostname: "127.0.0.1", port: 0 });
print(listener.rid > 2 ? "done" : "bad rid");
