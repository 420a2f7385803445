#!/usr/bin/env bash
# Prints what a student's phone gets from Saring, as numbers (README "Lighthouse and offline size"):
#  1. Lighthouse (mobile: a mid-range phone on slow 4G, Lighthouse's default) on a lesson and on a
#     quiz attempt's page, logged in as a student: performance, accessibility, best practices and
#     SEO scores, and whether Chromium finds the page installable (Page.getInstallabilityErrors);
#  2. each course's offline size: the bytes that "Simpan untuk offline" fetches (the course page,
#     its lessons and their pictures, its quizzes' offline pages and their own scripts; compressed
#     as a browser gets them, headers included), beside the size the course page states.
# Exits 1 when a page is not installable. Lighthouse's full reports go to target/lighthouse/.
#
#   bash src/test/scripts/lighthouse.sh
#
# By default it builds the war and starts its own Saring (Payara Micro, as the tests run it) on a
# fresh, temporary H2 database with the shipped courses, on port LIGHTHOUSE_PORT (18180), creates a
# student there and stops it at the end. To measure a Saring that is already running instead:
#   SARING_URL=https://sekolah.example/ LIGHTHOUSE_USER=siswa LIGHTHOUSE_PASSWORD=... bash src/test/scripts/lighthouse.sh
# (a student's account). Other settings: LIGHTHOUSE_LESSON and LIGHTHOUSE_QUIZ (paths of the pages
# measured), LIGHTHOUSE_MORE (more pages' paths, space-separated, e.g. "home.xhtml
# learn/progress.xhtml"), CHROME_PATH (/usr/bin/chromium), LIGHTHOUSE_TOOLS (where lighthouse and
# puppeteer-core are installed from the npm registry on the first run, outside the repository:
# ~/.cache/saring-lighthouse). Needs Node.js 18 or newer, npm, curl and Chromium.
set -euo pipefail
cd "$(dirname "$0")/../../.."

lesson=${LIGHTHOUSE_LESSON:-learn/lesson.xhtml?course=saring-sebelum-sharing&lesson=tiga-jenis-kekacauan-informasi}
quiz=${LIGHTHOUSE_QUIZ:-learn/quiz.xhtml?course=saring-sebelum-sharing&quiz=kuis-teknik-manipulasi}
tools=${LIGHTHOUSE_TOOLS:-$HOME/.cache/saring-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
tmp=$(mktemp -d)
server=
stop() { if [ -n "$server" ]; then kill -- -"$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$tmp"; }
trap stop EXIT

if [ ! -f "$tools/node_modules/lighthouse/package.json" ] || ! grep -q '"version": "12.8.2"' "$tools/node_modules/lighthouse/package.json"; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --no-save lighthouse@12.8.2 puppeteer-core@24.43.1 > "$tmp/npm.log" 2>&1 \
    || { cat "$tmp/npm.log" >&2; exit 1; }
fi
cp src/test/scripts/lighthouse.mjs "$tools/"

nonce_of() { grep -o 'name="primefaces.nonce" value="[^"]*' | head -n1 | sed 's/.*value="//'; }
login() { # cookie-jar user password
  nonce=$(curl -s -c "$1" -b "$1" "$base/login.xhtml" | nonce_of)
  curl -s -c "$1" -b "$1" -o /dev/null -w '%{redirect_url}' --data-urlencode "login=login" --data-urlencode "login:username=$2" \
    --data-urlencode "login:password=$3" --data-urlencode "login:submit=x" --data-urlencode "jakarta.faces.ViewState=stateless" \
    --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml" | grep -q 'home.xhtml' \
    || { echo "Could not log in as $2 at $base" >&2; exit 1; }
}

if [ -n "${SARING_URL:-}" ]; then
  base=${SARING_URL%/}
  user=${LIGHTHOUSE_USER:?a student account: LIGHTHOUSE_USER and LIGHTHOUSE_PASSWORD}
  password=${LIGHTHOUSE_PASSWORD:?LIGHTHOUSE_PASSWORD}
else
  port=${LIGHTHOUSE_PORT:-18180}
  base="http://localhost:$port"
  if curl -s -o /dev/null "$base/"; then echo "Something already answers on port $port; stop it first or set LIGHTHOUSE_PORT." >&2; exit 1; fi
  mvn -o -q package -DskipTests
  mvn -o -q dependency:copy@payara-micro-for-tests
  java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
  admin_password=Lighthouse-Admin-1
  SARING_DB_URL="jdbc:h2:file:$tmp/saring;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" SARING_ADMIN_PASSWORD=$admin_password \
    setsid "$java_bin" $(grep -v '^#' src/main/payara/jvm.options | tr '\n' ' ') -jar target/payara-micro.jar \
    --deploy target/saring.war --contextroot / --port "$port" --nocluster \
    --prebootcommandfile src/main/payara/preboot.txt --systemproperties src/main/payara/system.properties \
    --rootdir "$tmp/root" > "$tmp/run.log" 2>&1 &
  server=$!
  until curl -s -o /dev/null -w '%{http_code}' "$base/" | grep -q 200; do
    kill -0 "$server" 2>/dev/null || { echo "Saring did not start:" >&2; tail -20 "$tmp/run.log" >&2; exit 1; }
    sleep 1
  done
  user=siswa.mercusuar
  password=mercusuar-terang-7
  login "$tmp/admin" admin "$admin_password"
  users=$(curl -s -b "$tmp/admin" -c "$tmp/admin" "$base/admin/users.xhtml")
  curl -s -b "$tmp/admin" -c "$tmp/admin" -o "$tmp/created" --data-urlencode "create=create" --data-urlencode "create:username=$user" \
    --data-urlencode "create:displayName=Siswa Mercusuar" --data-urlencode "create:role_input=STUDENT" --data-urlencode "create:password=$password" \
    --data-urlencode "create:submit=" --data-urlencode "jakarta.faces.ViewState=$(echo "$users" | grep -o 'ViewState:0" value="[^"]*' | sed 's/.*value="//')" \
    --data-urlencode "primefaces.nonce=$(echo "$users" | nonce_of)" "$base/admin/users.xhtml"
  grep -q "$user" "$tmp/created" || { echo "Could not create the student account" >&2; exit 1; }
fi

echo "Lighthouse $(node -p "require('$tools/node_modules/lighthouse/package.json').version") (mobile), $("$CHROME_PATH" --version 2>/dev/null), $(date -u '+%Y-%m-%d %H:%M UTC'), $base"
status=0
mkdir -p target/lighthouse
node "$tools/lighthouse.mjs" "$base/" "$user" "$password" "$lesson" "$quiz" "$PWD/target/lighthouse" || status=$?
echo "  (Lighthouse's reports: target/lighthouse/lesson.json, quiz.json)"

echo "Offline size (what 'Simpan untuk offline' fetches: the course page, its lessons with their pictures and its quizzes' offline pages with their own scripts; compressed, headers included):"
login "$tmp/student" "$user" "$password"
fetched() { # url: bytes on the wire, the body kept in $tmp/body
  curl -s -b "$tmp/student" -H 'Accept-Encoding: gzip' -o "$tmp/body.gz" -w '%{size_download} %{size_header}' "$1" | awk '{ print $1 + $2 }'
  zcat -f "$tmp/body.gz" > "$tmp/body"
}
parts() { # the pictures and Faces resources (scripts, styles) of the page in $tmp/body
  grep -o '\(src\|href\)="[^"]*\(/media/\|jakarta\.faces\.resource\)[^"]*"' "$tmp/body" | sed 's/^[a-z]*="//; s/"$//; s/&amp;/\&/g' || true
}
for course in $(curl -s -b "$tmp/student" "$base/home.xhtml" | grep -o 'learn/course.xhtml?id=[^"&]*' | sed 's/.*id=//' | sort -u); do
  total=$(fetched "$base/learn/course.xhtml?id=$course")
  stated=$(grep -o 'id="save-offline"[^>]*>[^<]*' "$tmp/body" | grep -o '([0-9.,]* MB)' | tr -d '()')
  lessons=$(awk '/<ol class="lessons">/,/<\/ol>/' "$tmp/body" | grep -o 'href="[^"]*"' | sed 's/^href="//; s/"$//; s/&amp;/\&/g')
  quizzes=$(grep -o '<a href="[^"]*" class="offline-quiz"' "$tmp/body" | sed 's/^<a href="//; s/".*//; s/&amp;/\&/g' || true)
  # The browser asks for a picture or script once, however often the course shows it, and not at
  # all for what the course page already brought (cached).
  declare -A seen=()
  for part in $(parts); do seen[$part]=1; done
  pages=1 pictures=0 resources=0
  for page in $lessons $quizzes; do
    total=$((total + $(fetched "$base$page")))
    pages=$((pages + 1))
    for part in $(parts); do
      [ -n "${seen[$part]:-}" ] && continue
      seen[$part]=1
      total=$((total + $(fetched "$base$part")))
      case $part in */media/*) pictures=$((pictures + 1)) ;; *) resources=$((resources + 1)) ;; esac
    done
  done
  unset seen
  awk -v c="$course" -v b="$total" -v p="$pages" -v q="$(echo $quizzes | wc -w)" -v i="$pictures" -v r="$resources" -v s="$stated" \
    'BEGIN { printf "  %s: %.2f MB (%d bytes; %d pages of which %d quizzes, %d pictures, %d scripts or styles); the course page says %s\n", c, b / 1048576, b, p, q, i, r, s }'
done
exit $status
