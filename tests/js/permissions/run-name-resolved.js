// --allow-run=NAME grants the program NAME is found as on the PATH when
// the runtime starts (as in Deno 2), not any program called NAME: the
// same file by another path is granted, another file of that name is not.
// needs: perms
// perms: --allow-run=true
// expect: true: granted
// expect: /usr/bin/true: granted
// expect: /bin/true: granted
// expect: evil-bin/true: prompt
// expect: nope-no-such-program: prompt
const q = (command) => Toy.permissions.querySync({ name: "run", command }).state;
const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, "").replace(/\/[^/]*$/, ""));
const evil = here.replace(/permissions$/, "attack/fixtures/run/evil-bin/true");
print("true: " + q("true"));
print("/usr/bin/true: " + q("/usr/bin/true"));
print("/bin/true: " + q("/bin/true"));
print("evil-bin/true: " + q(evil));
print("nope-no-such-program: " + q("nope-no-such-program"));
