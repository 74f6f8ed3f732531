// query() reports each kind's state for a given path, host, variable or
// command: granted where a flag covers it, prompt where nothing decided
// it, denied where a --deny-* flag covers it.
// needs: perms
// perms: --allow-read=/usr --deny-write=/usr --allow-net=example.com:443 --deny-net=evil.test --allow-env=HOME --allow-run=ls
// expect: read /usr/lib granted
// expect: read /var prompt
// expect: write /usr/lib denied
// expect: write /tmp prompt
// expect: net example.com:443 granted
// expect: net example.com:80 prompt
// expect: net EXAMPLE.COM:443 granted
// expect: net evil.test:8080 denied
// expect: env HOME granted
// expect: env home prompt
// expect: run ls granted
// expect: run /bin/ls granted
// expect: run curl prompt
const cases = [
  ["read", "path", "/usr/lib"], ["read", "path", "/var"],
  ["write", "path", "/usr/lib"], ["write", "path", "/tmp"],
  ["net", "host", "example.com:443"], ["net", "host", "example.com:80"],
  ["net", "host", "EXAMPLE.COM:443"], ["net", "host", "evil.test:8080"],
  ["env", "variable", "HOME"], ["env", "variable", "home"],
  ["run", "command", "ls"], ["run", "command", "/bin/ls"], ["run", "command", "curl"],
];
for (const [name, field, value] of cases) {
  print(name, value, Toy.permissions.querySync({ name, [field]: value }).state);
}
