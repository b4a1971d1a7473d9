#!/bin/sh
# charter as a merge gate on any CI system: lint the specs under api/ and compare each with the
# target branch. Exit status: 0 pass, 1 the gate failed (lint errors or breaking changes),
# 2 charter could not run (bad input or settings).
set -eu
TARGET=${TARGET_BRANCH:-main}
git fetch --quiet origin "$TARGET"
charter ci --base "origin/$TARGET" --format stylish --format junit=charter-junit.xml --summary charter-summary.md api/
