# Sourced by the scripts that start a Saring of their own (benchmark.sh, backup-restore.sh).

# stop_process <pid>: asks the process to end (TERM), gives it a minute, then kills it (KILL).
stop_process() {
    local p=$1
    if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then
        kill "$p"
        for _ in $(seq 1 120); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$p" 2>/dev/null; then kill -9 "$p"; fi
        wait "$p" 2>/dev/null || true
    fi
}
