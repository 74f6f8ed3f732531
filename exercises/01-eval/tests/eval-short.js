// `-e CODE` runs CODE instead of a file.
// cmd: -e print("hello,"+"eval")
// expect: hello,eval
