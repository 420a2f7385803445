#!/usr/bin/env bash
# Renders the course pictures drawn in SVG (src/art/<course>/<path>.svg) into the PNGs the
# courses publish (courses/<course>/<path>.png). Courses carry only raster pictures: an SVG can
# hold script and the course checker refuses it, so the drawings stay here as their source.
#
#   bash src/art/render.sh              # every drawing
#   bash src/art/render.sh some.svg ... # only these
#
# Needs Debian's librsvg2-bin (rsvg-convert), pngquant and the DejaVu fonts; installs them when
# missing. Each picture must end at most 40 KB (a 3G budget); the script fails on a larger one.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
command -v pngquant >/dev/null 2>&1 || need+=(pngquant)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

max_bytes=$((40 * 1024))
if [ $# -gt 0 ]; then
    drawings=("$@")
else
    mapfile -t drawings < <(find src/art -name '*.svg' | sort)
fi

failed=0
for svg in "${drawings[@]}"; do
    relative="${svg#src/art/}"
    png="courses/${relative%.svg}.png"
    mkdir -p "$(dirname "$png")"
    # The drawing's own width and height (at most 800 px wide) are the picture's size.
    rsvg-convert --format=png --background-color=white "$svg" --output "$png.tmp"
    pngquant --force --skip-if-larger --quality=65-95 --strip --output "$png" "$png.tmp" \
        || mv "$png.tmp" "$png"
    rm -f "$png.tmp"
    bytes=$(stat -c %s "$png")
    width=$(file "$png" | sed -n 's/.*PNG image data, \([0-9]*\) x \([0-9]*\).*/\1/p')
    status="ok"
    if [ "$bytes" -gt "$max_bytes" ]; then status="TOO LARGE (> 40 KB)"; failed=1; fi
    if [ -n "$width" ] && [ "$width" -gt 800 ]; then status="TOO WIDE (> 800 px)"; failed=1; fi
    printf '%7d B  %s  %s\n' "$bytes" "$png" "$status"
done
exit $failed
