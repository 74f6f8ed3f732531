#!/bin/sh
# run.sh: starts the fixture runtime.
set -e
export TOY_TRACE=ops
exec ./toy "$@"
