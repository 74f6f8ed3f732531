// Everything after the file belongs to the script, even if it looks like
// one of toyjs's own options.
// needs: cli
// args: --bogus --version -h extra
// expect: the script ran
print("the script ran");
