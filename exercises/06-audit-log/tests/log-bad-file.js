// A log that cannot be opened stops toyjs before the script runs, with
// the reason, and exit code 2 (as a bad flag does).
// cmd: --permission-log=/nonexistent-toyjs/dir/audit.log ${FILE}
// expect-error: cannot open permission log '/nonexistent-toyjs/dir/audit.log': No such file or directory
// expect-exit: 2
print("the script ran");
