// `--eval=CODE` is the same as `--eval CODE`.
// cmd: --eval=print(6*7)
// expect: 42
