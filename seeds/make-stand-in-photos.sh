#!/bin/sh
# Makes the three stand-in photos of the Hàm Cần item: the seed gives their captions, not their
# pictures. Each is written the way a camera writes a photo: a 5-megapixel 4:3 JPEG whose EXIF holds
# the orientation, the camera and its serial number, the time, the GPS position and a thumbnail. The
# second is stored as the sensor saw it with the camera held upright, so it shows right only when its
# orientation (6: rotate 90° clockwise) is applied. Every picture says that it is a stand-in.
#
# Needs ImageMagick 6, exiftool and the DejaVu fonts
# (Debian: apt-get install imagemagick libimage-exiftool-perl fonts-dejavu-core).
# Run from anywhere: sh seeds/make-stand-in-photos.sh. The same tools give the same bytes.
set -eu

out="$(cd "$(dirname "$0")/.." && pwd)/content/tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
bold=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in convert exiftool; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing" >&2; exit 2; }
done
for f in "$font" "$bold"; do
  [ -f "$f" ] || { echo "$0: font $f is missing" >&2; exit 2; }
done

# Drawing primitives (MVG) of a person seen from the front: x the centre, y the top of the head.
person() {
  r=$(($3 * 4))
  echo "fill $4 roundrectangle $(($1 - 2 * r)),$(($2 + 2 * r + 10)) $(($1 + 2 * r)),$(($2 + 9 * r)) $r,$r"
  echo "fill #d9b08c circle $1,$(($2 + r)) $1,$2"
}

# The label at the foot of every stand-in: $1 width, $2 output, then lines as "size|colour|text";
# red lines are bold. Lines are placed by hand because caption: clips stacked Vietnamese marks.
label() {
  width=$1 file=$2
  shift 2
  height=60
  for line in "$@"; do height=$((height + ${line%%|*} * 3 / 2)); done
  convert -size "${width}x$height" xc:'#fffffff0' "$work/label.png"
  y=40
  for line in "$@"; do
    size=${line%%|*} rest=${line#*|}
    colour=${rest%%|*} text=${rest#*|}
    face=$font
    [ "$colour" = '#b00020' ] && face=$bold
    y=$((y + size * 5 / 4))
    convert "$work/label.png" -font "$face" -pointsize "$size" -fill "$colour" \
      -annotate "+80+$y" "$text" "$work/label.png"
    y=$((y + size / 4))
  done
  mv "$work/label.png" "$file"
}

place="Xã Hàm Cần, huyện Hàm Thuận Nam · 19/09/2024"
honest="Không phải ảnh chụp buổi ký kết: ảnh thật chưa có trong tài liệu gốc."

# Hall with a lectern and a speaker before a red backdrop.
{
  echo "fill #9c1c1c rectangle 200,120 2392,900"
  echo "fill #f2c14e rectangle 200,120 2392,170"
  person 1300 560 11 '#2f3e5c'
  echo "fill #6d4c2f rectangle 1050,1000 1550,1500"
  echo "fill #7d5a3a rectangle 1000,960 1600,1040"
} > "$work/speaker.mvg"
convert -size 2592x1944 gradient:'#f3e3c3-#c9a66b' -draw "$(cat "$work/speaker.mvg")" \
  -seed 19 -attenuate 0.4 +noise Gaussian "$work/speaker.png"
label 2592 "$work/speaker-label.png" \
  "96|#b00020|ẢNH MINH HOẠ THAY THẾ · stand-in photo" \
  "50|#1a1a1a|Đồng chí Nguyễn Phú Hoàng, Chủ tịch Hội nông dân tỉnh thông qua kế hoạch phối hợp" \
  "40|#555555|$place" "40|#555555|$honest"
convert "$work/speaker.png" "$work/speaker-label.png" -gravity south -composite \
  -strip -quality 85 "$work/anh-1.jpg"

# A signing table seen upright (portrait), three leaders signing.
{
  echo "fill #9c1c1c rectangle 0,0 1944,700"
  person 500 780 9 '#3a3a3a'
  person 972 740 10 '#2f3e5c'
  person 1444 780 9 '#3a3a3a'
  echo "fill #ffffff rectangle 120,1120 1824,1200"
  echo "fill #1f5e3a rectangle 120,1200 1824,1800"
  echo "fill #fafafa rectangle 380,1135 620,1190 rectangle 852,1135 1092,1190 rectangle 1324,1135 1564,1190"
} > "$work/signing.mvg"
convert -size 1944x2592 gradient:'#e8edf2-#b7c3cf' -draw "$(cat "$work/signing.mvg")" \
  -seed 19 -attenuate 0.4 +noise Gaussian "$work/signing.png"
label 1944 "$work/signing-label.png" \
  "96|#b00020|ẢNH MINH HOẠ THAY THẾ" "72|#b00020|stand-in photo" \
  "50|#1a1a1a|Lãnh đạo các đơn vị tổ chức ký kết" "50|#1a1a1a|kế hoạch phối hợp." \
  "40|#555555|$place" "36|#555555|Không phải ảnh chụp buổi ký kết: ảnh thật" \
  "36|#555555|chưa có trong tài liệu gốc."
# Stored as the sensor saw it: turned a quarter left, to be turned back by the orientation tag.
convert "$work/signing.png" "$work/signing-label.png" -gravity south -composite -rotate -90 \
  -strip -quality 85 "$work/anh-2.jpg"

# A row of people before a backdrop: the group photo.
{
  echo "fill #9c1c1c rectangle 100,100 2492,560"
  echo "fill #f2c14e rectangle 100,520 2492,560"
  echo "fill #8a8f96 rectangle 0,1150 2592,1944"
  i=0
  while [ $i -lt 9 ]; do
    shirt='#2f3e5c'
    [ $((i % 3)) -eq 1 ] && shirt='#4b6b3c'
    person $((300 + i * 249)) $((640 + (i % 2) * 40)) 7 "$shirt"
    i=$((i + 1))
  done
} > "$work/group.mvg"
convert -size 2592x1944 gradient:'#dfe9f5-#9fb4c9' -draw "$(cat "$work/group.mvg")" \
  -seed 19 -attenuate 0.4 +noise Gaussian "$work/group.png"
label 2592 "$work/group-label.png" \
  "96|#b00020|ẢNH MINH HOẠ THAY THẾ · stand-in photo" \
  "50|#1a1a1a|Các đơn vị kết nghĩa và lãnh đạo địa phương" \
  "40|#555555|$place" "40|#555555|$honest"
convert "$work/group.png" "$work/group-label.png" -gravity south -composite \
  -strip -quality 85 "$work/anh-3.jpg"

# EXIF as a camera writes it: $1 file, $2 orientation, $3 local time, $4 latitude N, $5 longitude E.
# The thumbnail shows the stored pixels, as a camera's does; the orientation applies to both.
tag() {
  convert "$1" -thumbnail 160x120 -strip -quality 75 "$work/thumb.jpg"
  exiftool -q -overwrite_original -JFIF:all= \
    -EXIF:Make=Canon -EXIF:Model="Canon EOS 80D" -EXIF:SerialNumber=083021004711 \
    -EXIF:Orientation#="$2" -EXIF:Software="seeds/make-stand-in-photos.sh" \
    -EXIF:ImageDescription="Stand-in photo, not a picture of the event" \
    -EXIF:DateTimeOriginal="$3" -EXIF:CreateDate="$3" -EXIF:ModifyDate="$3" \
    -EXIF:OffsetTimeOriginal=+07:00 -EXIF:OffsetTime=+07:00 \
    -EXIF:ExposureTime=1/60 -EXIF:FNumber=4.0 -EXIF:ISO=800 -EXIF:FocalLength=24 \
    -EXIF:ColorSpace=sRGB -EXIF:XResolution=72 -EXIF:YResolution=72 -EXIF:ResolutionUnit=inches \
    -EXIF:GPSVersionID=2.3.0.0 -EXIF:GPSMapDatum=WGS-84 \
    -EXIF:GPSLatitude="$4" -EXIF:GPSLatitudeRef=N -EXIF:GPSLongitude="$5" -EXIF:GPSLongitudeRef=E \
    "-ThumbnailImage<=$work/thumb.jpg" "$1"
}

tag "$work/anh-1.jpg" 1 "2024:09:19 08:12:40" 10.951180 107.926420
tag "$work/anh-2.jpg" 6 "2024:09:19 08:41:05" 10.951230 107.926370
tag "$work/anh-3.jpg" 1 "2024:09:19 09:20:17" 10.951090 107.926510

for n in 1 2 3; do
  mv "$work/anh-$n.jpg" "$out/anh-$n.jpg"
done
ls -l "$out"/anh-*.jpg
