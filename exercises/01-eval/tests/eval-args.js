// With `--eval` there is no FILE: the arguments after the code belong to
// the script and are not taken for a file to run.
// cmd: --eval print("ran") one two
// expect: ran
