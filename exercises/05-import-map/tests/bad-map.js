// A map that is not valid JSON stops toyjs before the script runs, with
// exit code 1.
// flags: --import-map=${DIR}/fixtures/bad.json
// expect-stderr: error: Unable to parse import map JSON: 
// expect-exit: 1
print("the script ran");
