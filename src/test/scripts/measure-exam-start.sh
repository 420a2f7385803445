#!/usr/bin/env bash
# Prints what exam start costs the server, one request at a time (numbers, not a load test; the
# benchmark measures the burst): a waiting page's question (/learn/opening), the quiz page a
# student waits on, and starting an attempt (/learn/start, a new attempt each time: each is
# submitted before the next start). Runs the war in Payara Micro as the tests do, on a fresh H2
# database (temporary) and the shipped courses; port 8080 must be free (on a shared machine, run it under
# the integration tests' lock: flock /tmp/saring-it.lock bash src/test/scripts/measure-exam-start.sh).
#   bash src/test/scripts/measure-exam-start.sh [requests]
set -euo pipefail
cd "$(dirname "$0")/../../.."
n=${1:-200}
course=saring-sebelum-sharing
quiz=kuis-kekacauan-informasi
base="http://localhost:8080"
tmp=$(mktemp -d)
server=
stop() { if [ -n "$server" ]; then kill -- -"$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$tmp"; }
trap stop EXIT
if curl -s -o /dev/null "$base/"; then echo "Something already answers on port 8080; stop it first." >&2; exit 1; fi

mvn -o -q package -DskipTests
mvn -o -q dependency:copy@payara-micro-for-tests
export SARING_DB_URL="jdbc:h2:file:$tmp/saring;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" SARING_ADMIN_PASSWORD=Measure-Admin-1
setsid java -jar target/payara-micro.jar --deploy target/saring.war --contextroot / --port 8080 --nocluster \
  --prebootcommandfile src/main/payara/preboot.txt --systemproperties src/main/payara/system.properties \
  --rootdir "$tmp/root" > "$tmp/run.log" 2>&1 &
server=$!
until curl -s -o /dev/null -w '%{http_code}' "$base/" | grep -q 200; do
  kill -0 "$server" 2>/dev/null || { echo "Saring did not start:" >&2; tail -20 "$tmp/run.log" >&2; exit 1; }
  sleep 0.5
done

nonce_of() { grep -o 'name="primefaces.nonce" value="[^"]*' | head -n1 | sed 's/.*value="//'; }
csrf_of() { curl -s -b "$1" -c "$1" "$base/home.xhtml" | grep -o 'name="csrf" value="[^"]*' | head -n1 | sed 's/.*value="//'; }
login() { # cookie-jar user password
  nonce=$(curl -s -c "$1" -b "$1" "$base/login.xhtml" | nonce_of)
  curl -s -c "$1" -b "$1" -o /dev/null --data-urlencode "login=login" --data-urlencode "login:username=$2" \
    --data-urlencode "login:password=$3" --data-urlencode "login:submit=x" --data-urlencode "jakarta.faces.ViewState=stateless" \
    --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml"
}
login "$tmp/admin" admin Measure-Admin-1
users=$(curl -s -b "$tmp/admin" -c "$tmp/admin" "$base/admin/users.xhtml")
view_state=$(echo "$users" | grep -o 'ViewState:0" value="[^"]*' | sed 's/.*value="//')
nonce=$(echo "$users" | nonce_of)
curl -s -b "$tmp/admin" -c "$tmp/admin" -o /dev/null --data-urlencode "create=create" --data-urlencode "create:username=siswa.ukur" \
  --data-urlencode "create:displayName=Siswa Ukur" --data-urlencode "create:role_input=STUDENT" --data-urlencode "create:password=ukur-mulai-1" \
  --data-urlencode "create:submit=" --data-urlencode "jakarta.faces.ViewState=$view_state" \
  --data-urlencode "primefaces.nonce=$nonce" "$base/admin/users.xhtml"
login "$tmp/s" siswa.ukur ukur-mulai-1
csrf=$(csrf_of "$tmp/s")

# Milliseconds per request, after 20 requests to warm up: mean, median, 95th percentile.
summary() { sort -n | awk '{ v[NR] = $1 * 1000; s += v[NR] } END { printf "mean %.1f ms, p50 %.1f ms, p95 %.1f ms (%d requests)\n", s / NR, v[int(NR * 0.5) + 1], v[int(NR * 0.95) + 1], NR }'; }
times() { # url count
  for _ in $(seq 20); do curl -s -b "$tmp/s" -o /dev/null "$1"; done
  for _ in $(seq "$2"); do curl -s -b "$tmp/s" -o /dev/null -w '%{time_total}\n' "$1"; done
}
echo "opening question (/learn/opening): $(times "$base/learn/opening?course=$course&quiz=$quiz&n=3" "$n" | summary)"
echo "  reply: $(curl -s -b "$tmp/s" "$base/learn/opening?course=$course&quiz=$quiz&n=3")"
echo "quiz page (learn/quiz.xhtml): $(times "$base/learn/quiz.xhtml?course=$course&quiz=$quiz" "$n" | summary)"

starts=$((n / 4))
for i in $(seq $((starts + 10))); do
  out=$(curl -s -b "$tmp/s" -o /dev/null -w '%{time_total} %{redirect_url}' --data "course=$course&quiz=$quiz&csrf=$csrf" "$base/learn/start")
  attempt=$(echo "$out" | sed -n 's/.*attempt.xhtml?id=\([0-9]*\).*/\1/p')
  [ -n "$attempt" ] || { echo "start refused: $out" >&2; exit 1; }
  [ "$i" -gt 10 ] && echo "${out%% *}" >> "$tmp/starts"
  curl -s -b "$tmp/s" -o /dev/null -H "X-CSRF-Token: $csrf" --data "attempt=$attempt&sequence=1&action=submit&csrf=$csrf" "$base/learn/answer"
done
echo "start of a new attempt (POST /learn/start): $(summary < "$tmp/starts")"
