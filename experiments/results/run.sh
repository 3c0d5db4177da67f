#!/usr/bin/env bash
# Reproduces the runs behind docs/results.md: every optimizer x seed of one experiment setting,
# then (quick runs, whose own summaries use 20 test tasks) each run's initial and final Theta on
# the 50 test tasks.
#
#   bash experiments/results/run.sh software full   # full reference settings, software inner loop
#   bash experiments/results/run.sh chip quick      # --quick settings, the inner loop on the chip
#
# Runs go to runs/results/<group>/<experiment>-<optimizer>-s<seed>, group = <backend>-<setting>
# (prefixed with the experiment unless it is mdp-l2l); a finished run is
# skipped, a stopped one resumed, so the script can be re-run after an interruption. Several copies
# may run at once (e.g. SEEDS="1 2 3" and SEEDS="5 4"): a run being worked on is locked
# (<dir>.lock) and the other copies pass over it.
# Then: npx tsx experiments/results/summarize.ts writes docs/results/ from these runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
backend=${1:?backend: chip or software}
setting=${2:?setting: full or quick}
experiment=${EXPERIMENT:-mdp-l2l}
seeds=${SEEDS:-"1 2 3 4 5"}
optimizers=${OPTIMIZERS:-"es ce sa"}
workers=${WORKERS:-1}
group=$backend-$setting
[ "$experiment" = mdp-l2l ] || group=$experiment-$group
root=runs/results/$group
mkdir -p "$root"
extra=()
[ "$setting" = quick ] && extra+=(--quick)
for seed in $seeds; do
  for opt in $optimizers; do
    dir=$root/$experiment-$opt-s$seed
    if [ -f "$dir/summary.json" ]; then echo "done: $dir"; continue; fi
    mkdir "$dir.lock" 2>/dev/null || { echo "busy: $dir"; continue; }
    trap 'rmdir "$dir.lock" 2>/dev/null' EXIT
    # Another copy may have finished it between the check and the lock.
    if [ -f "$dir/summary.json" ]; then rmdir "$dir.lock"; trap - EXIT; continue; fi
    if [ -f "$dir/checkpoint.json" ]; then
      node bin/dls.js experiment "$experiment" --resume "$dir" --workers "$workers"
    else
      rm -rf "$dir"
      node bin/dls.js experiment "$experiment" --optimizer "$opt" --seed "$seed" --backend "$backend" \
        --workers "$workers" --out "$dir" "${extra[@]}"
    fi
    rmdir "$dir.lock"
    trap - EXIT
  done
done
# Quick runs summarise on 20 test tasks; the results need 50 (the full setting's test set).
if [ "$setting" = quick ]; then
  for seed in $seeds; do
    for opt in $optimizers; do
      dir=$root/$experiment-$opt-s$seed
      for theta in initial final; do
        out=$dir/evaluate-$theta-50.json
        [ -f "$out" ] && continue
        [ -f "$dir/summary.json" ] || continue
        mkdir "$out.lock" 2>/dev/null || continue
        trap 'rmdir "$out.lock" 2>/dev/null' EXIT
        if [ -f "$out" ]; then rmdir "$out.lock"; trap - EXIT; continue; fi
        node bin/dls.js experiment evaluate "$dir" --theta "$theta" --tasks 50 --backend "$backend" \
          --workers "$workers" --json "$out" > /dev/null
        rmdir "$out.lock"
        trap - EXIT
      done
    done
  done
fi
