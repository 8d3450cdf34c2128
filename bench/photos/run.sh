#!/usr/bin/env bash
# Photos beside Hugo: N camera-size JPEGs (4000 x 3000, EXIF with orientation and GPS), five to an
# item, each made into three widths and two cropped covers by bulletin and by Hugo's .Resize and
# .Fill. Clean builds (no cache of either), then a rebuild of each with one item's text edited.
# Wall time and peak RSS from /usr/bin/time. Usage: N=200 WORK=/tmp/bench-photos bench/photos/run.sh
# For the heap bound at scale: N=1000 SAME_PIXELS=1 BULLETIN_ONLY=1 bench/photos/run.sh makes the photos
# differ only in their EXIF (each still its own content hash, decoded and encoded on its own; about
# 3 s a photo saved) and skips Hugo.
set -euo pipefail
N=${N:-200}
WORK=${WORK:-/tmp/bench-photos}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BULLETIN=${BULLETIN:-$ROOT/target/bulletin}
command -v convert >/dev/null || { echo "needs ImageMagick (apt-get install -y imagemagick)"; exit 2; }
command -v exiftool >/dev/null || { echo "needs exiftool (apt-get install -y libimage-exiftool-perl)"; exit 2; }
[ "${BULLETIN_ONLY:-0}" = 1 ] || command -v hugo >/dev/null || { echo "needs Hugo (apt-get install -y hugo)"; exit 2; }
[ -x "$BULLETIN" ] || { echo "build it first: mvn -B -q package -DskipTests"; exit 2; }

rm -rf "$WORK" && mkdir -p "$WORK/photos"
echo "making $N photos of 4000 x 3000 in $WORK/photos"
convert -size 1000x750 plasma:fractal -blur 0x1 -resize 4000x3000! +noise Gaussian -quality 92 "$WORK/base.jpg"
if [ "${SAME_PIXELS:-0}" = 1 ]; then
  for i in $(seq 1 "$N"); do cp "$WORK/base.jpg" "$WORK/photos/anh-$i.jpg"; done
  # One exiftool run for all: the file's name in the description makes every file's bytes its own.
  exiftool -q -overwrite_original -n -Orientation=1 -Make=Bench -Model=Camera -GPSLatitude=10.8 -GPSLatitudeRef=N \
    -GPSLongitude=107.9 -GPSLongitudeRef=E '-ImageDescription<${FileName}' "$WORK/photos"
  turned=()
  for i in $(seq 4 4 "$N"); do turned+=("$WORK/photos/anh-$i.jpg"); done
  [ ${#turned[@]} -eq 0 ] || exiftool -q -overwrite_original -n -Orientation=6 "${turned[@]}"
else
  for i in $(seq 1 "$N"); do
    # Each photo its own content (shifted, hue turned), so neither tool can reuse another's copies.
    convert "$WORK/base.jpg" -roll +$((i * 37))+$((i * 23)) -modulate 100,100,$((50 + i % 100)) -quality 92 \
      "$WORK/photos/anh-$i.jpg"
    exiftool -q -overwrite_original -n -Orientation=$([ $((i % 4)) -eq 0 ] && echo 6 || echo 1) -Make=Bench \
      -Model=Camera -GPSLatitude=10.8 -GPSLatitudeRef=N -GPSLongitude=107.9 -GPSLongitudeRef=E "$WORK/photos/anh-$i.jpg"
  done
fi
ITEMS=$(( (N + 4) / 5 ))

# bulletin: one bundle per item under content/tin-tuc/
B="$WORK/bulletin"
mkdir -p "$B/content/tin-tuc"
printf 'site:\n  name: "Bench"\n  base-url: "https://bench.example/"\ncategories:\n  - name: "Tin tức"\nphotos:\n  widths: [480, 800, 1200]\n  cover-widths: [360, 720]\n  cover-aspect: "3:2"\n  jpeg-quality: 82\n' > "$B/bulletin.yaml"
# Hugo: the same bundles, a template that asks for the same copies
H="$WORK/hugo"
mkdir -p "$H/content/tin-tuc" "$H/layouts/_default"
printf 'baseURL = "https://bench.example/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n[imaging]\nquality = 82\nanchor = "Center"\n' > "$H/config.toml"
cat > "$H/layouts/_default/single.html" <<'HTML'
<!doctype html><title>{{ .Title }}</title>
{{ range .Resources.ByType "image" }}
{{ $a := .Resize "480x" }}{{ $b := .Resize "800x" }}{{ $c := .Resize "1200x" }}
{{ $d := .Fill "360x240 Center" }}{{ $e := .Fill "720x480 Center" }}
<img src="{{ $c.RelPermalink }}" srcset="{{ $a.RelPermalink }} 480w, {{ $b.RelPermalink }} 800w, {{ $c.RelPermalink }} 1200w" width="{{ $c.Width }}" height="{{ $c.Height }}">
<img src="{{ $e.RelPermalink }}" srcset="{{ $d.RelPermalink }} 360w, {{ $e.RelPermalink }} 720w">
{{ end }}
HTML
printf '<!doctype html><title>{{ .Title }}</title>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}\n' > "$H/layouts/_default/list.html"
cp "$H/layouts/_default/list.html" "$H/layouts/index.html"
for j in $(seq 1 "$ITEMS"); do
  for tool in "$B" "$H"; do
    d="$tool/content/tin-tuc/bai-$j"
    mkdir -p "$d"
    body=""
    for k in 1 2 3 4 5; do
      i=$(( (j - 1) * 5 + k ))
      [ "$i" -le "$N" ] || continue
      ln "$WORK/photos/anh-$i.jpg" "$d/anh-$i.jpg"
      body+=$'\n\n'"![Ảnh $i](anh-$i.jpg)"
    done
    cover=$(( (j - 1) * 5 + 1 ))
    printf -- '---\ntitle: "Bài %d"\ndate: 2024-09-%02dT08:00:00+07:00\ncategory: "Tin tức"\nimage: anh-%d.jpg\n---\n\nNội dung bài %d.%s\n' \
      "$j" $(( (j % 28) + 1 )) "$cover" "$j" "$body" > "$d/index.md"
  done
done

measure() { # label, command...
  local label=$1; shift
  sync
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > "$WORK/out.log" 2>&1 || { cat "$WORK/out.log"; exit 1; }
  read -r wall kib < "$WORK/time"
  printf '| %s | %s | %d |\n' "$label" "$wall" $((kib / 1024))
}

echo
echo "| run ($N photos, $ITEMS items) | wall s | peak MiB |"
echo "| --- | ---: | ---: |"
measure "bulletin, clean" "$BULLETIN" build --source "$B" --quiet
[ "${BULLETIN_ONLY:-0}" = 1 ] || measure "Hugo, clean" hugo --quiet --source "$H" --destination "$H/public"
printf '\nEdited.\n' >> "$B/content/tin-tuc/bai-1/index.md"
printf '\nEdited.\n' >> "$H/content/tin-tuc/bai-1/index.md"
measure "bulletin, one item edited" "$BULLETIN" build --source "$B" --quiet
[ "${BULLETIN_ONLY:-0}" = 1 ] || measure "Hugo, one item edited (resources/_gen kept)" hugo --quiet --source "$H" --destination "$H/public"

echo
echo "published photo files and bytes:"
echo "bulletin: $(find -L "$B/site" -name '*.jpg' | wc -l) files, $(find -L "$B/site" -name '*.jpg' -print0 | du -cb --files0-from=- | tail -1 | cut -f1) bytes, originals: $(find -L "$B/site" -regex '.*/anh-[0-9]+\.jpg' | wc -l)"
[ "${BULLETIN_ONLY:-0}" = 1 ] || echo "Hugo:     $(find "$H/public" -name '*.jpg' | wc -l) files, $(find "$H/public" -name '*.jpg' -print0 | du -cb --files0-from=- | tail -1 | cut -f1) bytes, originals: $(find "$H/public" -regex '.*/anh-[0-9]+\.jpg' | wc -l)"
one=$(find -L "$B/site" -name 'anh-1-1200.jpg' | head -1)
echo "EXIF/GPS tags left in bulletin's $(basename "$one"): $(exiftool -q -q -s -s -s -GPS:all -EXIF:all "$one" | wc -l)"
if [ "${BULLETIN_ONLY:-0}" != 1 ]; then
  hone=$(find "$H/public" -name 'anh-1_*' | head -1)
  echo "EXIF/GPS tags left in Hugo's $(basename "$hone"): $(exiftool -q -q -s -s -s -GPS:all -EXIF:all "$hone" | wc -l)"
fi
