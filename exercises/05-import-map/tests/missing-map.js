// A map file that cannot be read stops toyjs before the script runs.
// flags: --import-map=${DIR}/fixtures/no-such-map.json
// expect-error: Unable to load import map '${DIR}/fixtures/no-such-map.json': No such file or directory (os error 2)
print("the script ran");
