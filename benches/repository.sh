#!/usr/bin/env bash
# The repository benchmark: a generated repository of realistic maps (default 10,000 maps of
# 20-50 KB, Cyrillic and English), validated by cjm on one and on all cores, against the
# bare YAML parse with the crate cjm uses (the floor), yamllint and check-jsonschema (with
# the JSON Schema of the map format) on the same files.
#
#   benches/repository.sh              # 10,000 maps; yamllint and check-jsonschema take minutes
#   MAPS=1000 benches/repository.sh    # a quicker run
#
# Prints a Markdown table (also written to target/bench-repository.md). Run it on a quiet
# machine: every figure is wall-clock time.
set -euo pipefail
cd "$(dirname "$0")/.."

MAPS=${MAPS:-10000}
CORPUS=target/bench-corpus-$MAPS
REPORT=target/bench-repository.md
export CJM_TODAY=2026-11-25 NO_COLOR=1

for tool in yamllint check-jsonschema hyperfine; do
  if ! command -v "$tool" >/dev/null; then
    case $tool in
      hyperfine) echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 2 ;;
      *) python3 -m pip install --quiet "yamllint==1.38.0" "check-jsonschema==0.39.0" ;;
    esac
  fi
done

[ -d "$CORPUS" ] || python3 benches/generate_corpus.py --out "$CORPUS" --maps "$MAPS"
cargo build --release --locked --quiet
bytes=$(find "$CORPUS" -name '*.cjm.yaml' -printf '%s\n' | awk '{s += $1} END {print s}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
cores=$(nproc)
echo "corpus: $MAPS maps, $mb MB; $cores cores"

echo "== in-process: raw events, serde-saphyr, old and new loader, full check on 1 and 2 cores"
cargo bench --quiet --bench repository -- "$CORPUS" | tee target/bench-inprocess.txt

# Wall-clock seconds of one command (mean of hyperfine runs for the fast ones).
seconds() {
  local runs=$1; shift
  hyperfine --style none --warmup "$((runs > 1 ? 1 : 0))" --runs "$runs" -i \
    --export-json target/bench-run.json "$*" >/dev/null
  python3 -c "import json; print(round(json.load(open('target/bench-run.json'))['results'][0]['mean'], 3))"
}

echo "== end to end"
cjm_one=$(seconds 5 "RAYON_NUM_THREADS=1 target/release/cjm validate $CORPUS > /dev/null")
cjm_all=$(seconds 5 "target/release/cjm validate $CORPUS > /dev/null")
echo "cjm, 1 core: ${cjm_one}s; $cores cores: ${cjm_all}s"
yamllint_s=$(seconds 1 "yamllint --format parsable --config-data relaxed $CORPUS > /dev/null")
echo "yamllint: ${yamllint_s}s"
schema_s=$(seconds 1 "find $CORPUS -name '*.cjm.yaml' -print0 | xargs -0 check-jsonschema --schemafile src/map/cjm-map.schema.json > /dev/null")
echo "check-jsonschema: ${schema_s}s"

python3 - "$MAPS" "$mb" "$cores" "$cjm_one" "$cjm_all" "$yamllint_s" "$schema_s" <<'PY' | tee "$REPORT"
import re, sys
maps, mb, cores, one, all_, yl, js = (float(x) for x in sys.argv[1:])
inproc = open("target/bench-inprocess.txt").read()
rate = lambda name: float(re.search(re.escape(name) + r".*?([0-9.]+) MB/s", inproc).group(1))
raw, bare = rate("raw events"), rate("bare serde-saphyr")
raw_quiet = rate("raw events, comments off")
old, new = rate("old loader"), rate("new loader")
check1, check2 = rate("full check, 1 core"), rate("full check, 2 cores")
print(f"{int(maps)} maps, {mb:.0f} MB (benches/generate_corpus.py), {int(cores)} cores:\n")
print("| Measure | Time | Throughput | Ratio |")
print("|---|---|---|---|")
print(f"| raw event stream (granit-parser, in process, 1 core) | {mb / raw:.2f} s | {raw:.1f} MB/s | floor |")
print(f"| raw event stream without comment events (1 core) | {mb / raw_quiet:.2f} s | {raw_quiet:.1f} MB/s | {raw / raw_quiet:.2f}× the floor |")
print(f"| bare serde-saphyr parse (1 core) | {mb / bare:.2f} s | {bare:.1f} MB/s | {raw / bare:.2f}× the floor |")
print(f"| old loader (serde-saphyr, 1 core) | {mb / old:.2f} s | {old:.1f} MB/s | {raw / old:.2f}× the floor |")
print(f"| new loader (events, 1 core) | {mb / new:.2f} s | {new:.1f} MB/s | {raw / new:.2f}× the floor |")
print(f"| cjm full check (in process, 1 core) | {mb / check1:.2f} s | {check1:.1f} MB/s | {raw / check1:.2f}× the floor ({raw_quiet / check1:.2f}× the stream without comments); {check1 / bare:.2f}× faster than serde-saphyr |")
print(f"| cjm full check (in process, 2 cores) | {mb / check2:.2f} s | {check2:.1f} MB/s | {check2 / check1:.2f}× one core |")
print(f"| `cjm validate`, 1 core | {one:.2f} s | {mb / one:.1f} MB/s | |")
print(f"| `cjm validate`, {int(cores)} cores | {all_:.2f} s | {mb / all_:.1f} MB/s | {one / all_:.2f}× one core |")
print(f"| `yamllint` (relaxed) | {yl:.0f} s | {mb / yl:.2f} MB/s | cjm (1 core) is {yl / one:.0f}× faster |")
print(f"| `check-jsonschema` | {js:.0f} s | {mb / js:.2f} MB/s | cjm (1 core) is {js / one:.0f}× faster |")
PY
