// A rid that was never handed out is a BadResource too, whatever its size.
// needs: resources
// perms: --allow-read --allow-write
// expect: 3 BadResource Bad resource ID
// expect: 99 BadResource Bad resource ID
// expect: 4294967295 BadResource Bad resource ID
for (const rid of [3, 99, 4294967295]) {
  try {
    Toy.close(rid);
    print(rid, "closed");
  } catch (e) {
    print(rid, e.name, e.message);
  }
}
