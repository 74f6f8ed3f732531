#!/bin/sh
# run.sh: starts the fixture runtime.
set -e
exec ./toy "$@"
