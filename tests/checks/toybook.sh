#!/bin/sh
# The chapter splitter's own tests (fixtures in tests/tools/toybook/).
TOYBOOK=${TOYBOOK:-build/tools/toybook} exec sh tests/tools/toybook.sh
