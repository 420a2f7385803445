#!/usr/bin/env bash
# Prints what the foundation costs: cold start to first page, memory after start, and the
# compressed first-load bytes of the public pages. Uses the README's run command on a fresh,
# temporary H2 database, so ./data is not touched. Numbers vary with the machine: compare
# runs on the same machine, never assert them in tests.
#   bash src/test/scripts/measure-foundation.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."

port=8080
base="http://localhost:$port"
tmp=$(mktemp -d)
trap 'kill $(pgrep -f "payara-micro.*--port $port" 2>/dev/null) 2>/dev/null || true; rm -rf "$tmp"' EXIT

if curl -s -o /dev/null "$base/"; then
    echo "Something already answers on port $port; stop it first." >&2
    exit 1
fi

mvn -B -q package -DskipTests
export SARING_DB_URL="jdbc:h2:file:$tmp/saring;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"

start=$(date +%s.%N)
mvn -B -q payara-micro:start > "$tmp/run.log" 2>&1 &
until curl -s -o /dev/null -w '%{http_code}' "$base/" | grep -q 200; do
    sleep 0.2
    if ! pgrep -f "payara-micro" > /dev/null; then echo "Saring did not start; see $tmp/run.log" >&2; exit 1; fi
done
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "cold start to first page (mvn payara-micro:start, war already built): %.1f s\n", e - s }'

sleep 5
pid=$(pgrep -f "payara-micro.*--port $port" | head -n1)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
printf 'Payara Micro process RSS 5 s after the first page: %d MB\n' "$((rss_kb / 1024))"

first_load() {
    local page=$1 total html css
    html=$(curl -s -H 'Accept-Encoding: gzip' -o "$tmp/page.gz" -w '%{size_download}' "$base/$page")
    total=$html
    for href in $(zcat -f "$tmp/page.gz" | grep -o '<link rel="stylesheet" href="[^"]*"' | sed 's/.*href="//; s/"$//; s/&amp;/\&/g'); do
        css=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$href")
        total=$((total + css))
    done
    printf 'first load of /%s: %d B compressed (HTML %d B + stylesheet)\n' "$page" "$total" "$html"
}
first_load ""
first_load "login.xhtml"
