#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Benchmark: pipkit validate against yamllint on one synthetic caseload, in
# one run, reported as files per second, their ratio and peak memory.
# Usage: bench/validate_bench.sh [CLIENTS] (default 10000). Needs yamllint
# and GNU time (apt-get install yamllint time).
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/make_caseload.py examples "$work/caseload" "$clients"
files=$(find "$work/caseload" -name '*.yaml' | wc -l)

measure() {  # name, command...: prints seconds and peak KiB
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >/dev/null 2>&1 || true
  cat "$work/$name.time"
}

read -r p_sec p_kib < <(measure pipkit ./build/pipkit validate --format json "$work/caseload")
read -r y_sec y_kib < <(measure yamllint yamllint -d relaxed "$work/caseload")
read -r one_sec one_kib < <(measure single ./build/pipkit validate examples/cases/AAL-2019-0031/pip.yaml)
half=$((clients / 2))
python3 bench/make_caseload.py examples "$work/half" "$half"
read -r h_sec h_kib < <(measure half ./build/pipkit validate --format json "$work/half")

python3 - "$files" "$p_sec" "$p_kib" "$y_sec" "$y_kib" "$one_sec" "$h_kib" "$half" <<'PY'
import sys
files, p_sec, p_kib, y_sec, y_kib, one_sec, h_kib, half = sys.argv[1:]
files = int(files)
p_rate = files / max(float(p_sec), 0.01)
y_rate = files / max(float(y_sec), 0.01)
print(f"files:            {files}")
print(f"pipkit validate:  {float(p_sec):.2f} s, {p_rate:,.0f} files/s, peak {int(p_kib)/1024:.1f} MiB")
print(f"yamllint:         {float(y_sec):.2f} s, {y_rate:,.0f} files/s, peak {int(y_kib)/1024:.1f} MiB")
print(f"ratio:            {p_rate / y_rate:.1f}x yamllint's throughput")
print(f"peak at {int(half)} clients: {int(h_kib)/1024:.1f} MiB (memory does not grow with files when equal)")
print(f"one file:         {float(one_sec)*1000:.0f} ms")
PY
