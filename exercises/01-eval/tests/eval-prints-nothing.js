// `--eval` runs the code and prints nothing of its own: only what the code
// prints. (Printing the value is what `--print` is for.)
// cmd: --eval 6*7
