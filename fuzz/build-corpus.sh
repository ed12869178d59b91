#!/usr/bin/env bash
# Builds the fuzz corpus of every target from the committed seeds, the examples, the test
# fixtures and the vendored yaml-test-suite (about 460 files; the corpus directories are not
# committed). Run from anywhere:
#
#   fuzz/build-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for target in loader validate report differential; do
  dir=fuzz/corpus/$target
  mkdir -p "$dir"
  cp fuzz/seeds/* "$dir"/
  cp examples/*.yaml "$dir"/
  find tests/fixtures -name '*.yaml' -print0 | while IFS= read -r -d '' file; do
    cp "$file" "$dir/fixture-$(echo "$file" | tr '/' '_')"
  done
  find tests/yaml-test-suite -name in.yaml -print0 | while IFS= read -r -d '' file; do
    cp "$file" "$dir/suite-$(dirname "${file#tests/yaml-test-suite/}" | tr '/' '_').yaml"
  done
done
echo "corpus: $(ls fuzz/corpus/loader | wc -l) files per target"
