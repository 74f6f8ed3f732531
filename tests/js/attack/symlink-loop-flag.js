// A grant naming a symlink loop grants nothing usable, but it is not a
// malformed flag value with no reason given: the program runs, and the
// loop itself is still refused by the OS, not by the matcher.
// needs: perms
// perms: --allow-read=${DIR}/fixtures/granted/loop1
// expect: ran
print("ran");
