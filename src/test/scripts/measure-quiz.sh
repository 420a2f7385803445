#!/usr/bin/env bash
# Prints what a quiz costs a student on the wire: the first load of a quiz (page + stylesheet +
# script, compressed) and one answer save (request and response, headers included). Uses the
# README's run command on a fresh, temporary H2 database and the shipped courses.
#   bash src/test/scripts/measure-quiz.sh [course-id] [quiz-id]
set -euo pipefail
cd "$(dirname "$0")/../../.."
course=${1:-saring-sebelum-sharing}
quiz=${2:-kuis-teknik-manipulasi}
port=8080
base="http://localhost:$port"
tmp=$(mktemp -d)
trap 'kill $(pgrep -f "payara-micro.*--port $port" 2>/dev/null) 2>/dev/null || true; rm -rf "$tmp"' EXIT
if curl -s -o /dev/null "$base/"; then echo "Something already answers on port $port; stop it first." >&2; exit 1; fi

mvn -q package -DskipTests
export SARING_DB_URL="jdbc:h2:file:$tmp/saring;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" SARING_ADMIN_PASSWORD=Measure-Admin-1
mvn -q payara-micro:start > "$tmp/run.log" 2>&1 &
until curl -s -o /dev/null -w '%{http_code}' "$base/" | grep -q 200; do sleep 0.5; done

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
  --data-urlencode "create:displayName=Siswa Ukur" --data-urlencode "create:role_input=STUDENT" --data-urlencode "create:password=ukur-bytes-1" \
  --data-urlencode "create:submit=" --data-urlencode "jakarta.faces.ViewState=$view_state" \
  --data-urlencode "primefaces.nonce=$nonce" "$base/admin/users.xhtml"
login "$tmp/student" siswa.ukur ukur-bytes-1
attempt_url=$(curl -s -b "$tmp/student" -c "$tmp/student" -o /dev/null -w '%{redirect_url}' --data "course=$course&quiz=$quiz&csrf=$(csrf_of "$tmp/student")" "$base/learn/start")
attempt=$(echo "$attempt_url" | sed 's/.*id=\([0-9]*\).*/\1/')

page=$(curl -s -b "$tmp/student" -H 'Accept-Encoding: gzip' -o "$tmp/page.gz" -w '%{size_download}' "$attempt_url")
total=$page
for resource in $(zcat -f "$tmp/page.gz" | grep -o '\(href\|src\)="[^"]*jakarta.faces.resource[^"]*"' | sed 's/.*="//; s/"$//; s/&amp;/\&/g'); do
  total=$((total + $(curl -s -b "$tmp/student" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$resource")))
done
questions=$(zcat -f "$tmp/page.gz" | grep -c 'form method="post" action="[^"]*/learn/answer" class="answer"')
printf 'quiz %s/%s, %d questions in one page: first load %d B compressed (page %d B + stylesheet + script)\n' \
  "$course" "$quiz" "$questions" "$total" "$page"

question=$(zcat -f "$tmp/page.gz" | grep -o 'data-question="[^"]*"' | head -1 | sed 's/.*="//; s/"$//')
body="attempt=$attempt&question=$question&sequence=1&at=1&choice=a"
curl -s -b "$tmp/student" -o "$tmp/save" -D "$tmp/headers" -H 'Accept: application/json' \
  -H "X-CSRF-Token: $(csrf_of "$tmp/student")" --data "$body" \
  -w 'one answer save: request body %{size_upload} B; response %{size_download} B body + %{size_header} B headers\n' "$base/learn/answer"
printf '  response: %s\n' "$(cat "$tmp/save")"
