#!/usr/bin/env toyjs
// A "#!" first line is skipped, so scripts can be made executable.
// needs: cli
// expect: shebang ok
print("shebang ok");
