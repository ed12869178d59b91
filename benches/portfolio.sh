#!/usr/bin/env bash
# The portfolio memory benchmark: the peak resident memory of `cjm report` on a generated
# portfolio (default 2,000 maps of about 45 KB, half of them in Russian), in every format
# that streams, as `/usr/bin/time -v` measures it.
#
#   benches/portfolio.sh                 # 2,000 maps
#   MAPS=200 benches/portfolio.sh        # memory should not grow with the number of maps
#   CJM=/tmp/cjm-old benches/portfolio.sh  # another build, for a before/after comparison
#
# Prints one line per format: maps, MB of YAML, peak RSS, wall time.
set -euo pipefail
cd "$(dirname "$0")/.."

MAPS=${MAPS:-2000}
CORPUS=target/bench-portfolio-$MAPS
CJM=${CJM:-target/release/cjm}
export CJM_TODAY=2026-11-25 NO_COLOR=1

[ -x /usr/bin/time ] || { echo "GNU time is required (apt-get install time)" >&2; exit 2; }
[ -d "$CORPUS" ] || python3 benches/generate_corpus.py --out "$CORPUS" --maps "$MAPS" \
  --min-bytes 40000 --max-bytes 50000 --russian 0.5 >/dev/null
[ "$CJM" != target/release/cjm ] || cargo build --release --locked --quiet
mb=$(find "$CORPUS" -name '*.cjm.yaml' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')

for format in ${FORMATS:-markdown html json}; do
  log=target/bench-portfolio-time.txt
  status=0
  /usr/bin/time -v "$CJM" report --format "$format" -o "target/bench-portfolio.$format" \
    "$CORPUS" 2>"$log" || status=$?
  # 1 is the exit status for findings, which the corpus has on purpose.
  [ "$status" -le 1 ] || { cat "$log" >&2; exit "$status"; }
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  echo "$format: $MAPS maps, $mb MB, peak RSS $rss MiB, wall $wall"
done
