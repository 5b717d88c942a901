#!/usr/bin/env bash
# Regenerates the README's figures from the build, so none is edited by hand:
#   - every ```console example's output, and the files examples write (docs/soft-offline-graph.svg),
#     by running them (docs/tools/ReadmeExamples.java; `--check` only compares, as dist's ReadmeExamplesIT does);
#   - the screenshots the tests take: the explore report (core's ExploreTest, in Chromium), the Eclipse
#     workbench and debugger (plugin's WorkbenchIT and DebugIT, under Xvfb), Neovim (docs/screenshots/neovim.sh);
#   - the test figures (tests, failures, time per module) from the JUnit reports (docs/tools/TestFigures.java).
# Run it after `xvfb-run -a mvn -B verify` (the screenshots and reports come from that build).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f cli/target/tracenotes.jar ]; then
    echo "regenerate.sh: build first: xvfb-run -a mvn -B verify" >&2
    exit 2
fi
java docs/tools/ReadmeExamples.java --write README.md
copy() { # copy FROM TO: a screenshot the build took, if it took it
    if [ -s "$1" ]; then cp "$1" "$2" && echo "regenerate.sh: $2 from $1" >&2
    else echo "regenerate.sh: $1 is missing (its test did not run): $2 left as it is" >&2; fi
}
copy core/target/explore/soft-offline.png docs/soft-offline-explore.png
copy plugin/target/screenshots/2-in-use-lru-run.png docs/eclipse-run.png
copy plugin/target/screenshots/4-explore-and-call-graph.png docs/eclipse-explore.png
copy plugin/target/screenshots/5-debug-suspended-line-17.png docs/eclipse-debug.png
if command -v nvim >/dev/null && command -v tmux >/dev/null && command -v convert >/dev/null; then
    docs/screenshots/neovim.sh
else
    echo "regenerate.sh: nvim, tmux or ImageMagick missing: docs/neovim-lsp.png left as it is" >&2
fi
java docs/tools/TestFigures.java README.md
