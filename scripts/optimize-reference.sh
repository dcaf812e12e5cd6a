#!/usr/bin/env bash
# Regenerates src/test/resources/srs/optimize/: simulated review logs and what fsrs-rs 6.5 (through
# ../shared/bench/fsrs-optimize.mjs, @open-spaced-repetition/binding 0.5.0) fits and measures on them.
# Usage: scripts/optimize-reference.sh [BENCH_DIR]   (default ../shared/bench; needs Node and npm)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bench="$(cd "${1:-$here/../shared/bench}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$bench"/. "$work"
(cd "$work" && npm install --silent --no-audit --no-fund >/dev/null)
out="$here/src/test/resources/srs/optimize"
mkdir -p "$out"
defaults=0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542
better=0.4,1.8,3.5,12,5.8,0.7,2.4,0.01,1.6,0.2,0.9,1.7,0.08,0.3,1.9,0.5,2.2,0.4,0.2,0.1,0.25
worse=0.15,0.9,1.8,6,7.2,0.9,3.5,0.005,2.1,0.12,0.7,1.2,0.05,0.22,1.4,0.7,1.6,0.6,0.05,0.05,0.12
# name cards days seed true-w
logs=("r300 60 60 7 $defaults" "r5k 400 365 11 $better" "r20k 1500 365 5 $worse" "r100k 9000 365 23 $better")
printf 'log\tcards\tdays\tseed\ttrue_w\treference_ms\treference_w\treference_log_loss\treference_rmse_bins\tdefault_log_loss\tdefault_rmse_bins\n' > "$out/reference.tsv"
for spec in "${logs[@]}"; do
  read -r name cards days seed truew <<<"$spec"
  (cd "$work" && node fsrs-optimize.mjs --simulate --cards "$cards" --days "$days" --seed "$seed" --true-w "$truew" --write "$name.csv" >/dev/null)
  fit="$(cd "$work" && node fsrs-optimize.mjs --revlog "$name.csv")"
  ms="$(sed -n 's/^optimised in \([0-9]*\) ms$/\1/p' <<<"$fit")"
  w="$(sed -n 's/^parameters: //p' <<<"$fit")"
  read -r dl dr < <(sed -n 's/^default: logLoss=\([0-9.]*\) rmseBins=\([0-9.]*\)$/\1 \2/p' <<<"$fit")
  read -r ol or < <(sed -n 's/^optimised: logLoss=\([0-9.]*\) rmseBins=\([0-9.]*\)$/\1 \2/p' <<<"$fit")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$cards" "$days" "$seed" "$truew" "$ms" "$w" "$ol" "$or" "$dl" "$dr" >> "$out/reference.tsv"
  if [ "$(wc -c < "$work/$name.csv")" -gt 200000 ]; then gzip -9 -n -c "$work/$name.csv" > "$out/$name.csv.gz"; else cp "$work/$name.csv" "$out/$name.csv"; fi
done
echo "wrote $out"
