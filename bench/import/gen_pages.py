#!/usr/bin/env python3
"""Writes N saved article pages in NukeViet's news markup (as `wget --mirror` leaves a portal), with a
photo beside one page in ten, under OUT/portal/, and a project in OUT/site/ whose bulletin.yaml has
the portal's categories: the input of bench/import/run.sh."""
import argparse
import os
import random
import shutil

CATEGORIES = [("tin-tuc", "Tin tức", "Tin tức - Sự kiện"), ("thong-bao", "Thông báo", "Thông báo"),
              ("hoat-dong", "Hoạt động ngành", "Hoạt động Hội")]
WORDS = ("nông dân hội viên sản xuất thanh long kết nghĩa xã huyện tỉnh chương trình kế hoạch phối hợp "
         "hỗ trợ vốn vay khuyến nông kỹ thuật mô hình hợp tác xã chuyển đổi số cán bộ lãnh đạo").split()
DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
HERE = os.path.dirname(os.path.abspath(__file__))
PHOTO = os.path.join(HERE, "..", "..", "src", "test", "resources", "import", "nukeviet", "portal.example.gov.vn",
                     "uploads", "news", "2024_09", "le-ky-ket.jpg")


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def page(rng, i, slug, name):
    title = f"Bài số {i}: " + sentence(rng, 8)[:-1]
    day, month, year = 1 + i % 28, 1 + (i // 28) % 12, 2015 + (i // 336) % 10
    paragraphs = "\n".join(f'<p style="text-align: justify;">{sentence(rng, rng.randint(20, 60))}&nbsp;</p>'
                           for _ in range(rng.randint(4, 10)))
    photo = (f'<p style="text-align: center;"><img alt="" src="/uploads/news/anh-{i}.jpg" /></p>\n'
             f'<p style="text-align: center;"><em>{sentence(rng, 6)}</em></p>\n') if i % 10 == 0 else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - {name}</title></head>
<body><div class="breadcrumbs-wrap"><ul class="temp-breadcrumbs hidden">
<li><a href="/" title="Trang chủ"><span itemprop="name">Trang chủ</span></a></li>
<li><a href="/news/{slug}/" title="{name}"><span class="txt" itemprop="name">{name}</span></a></li></ul></div>
<div class="news_column panel panel-default" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{title}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{DAYS[i % 7]} - {day:02d}/{month:02d}/{year} 08:{i % 60:02d}</span></div></div>
<div class="hometext m-bottom" itemprop="description">{sentence(rng, 25)}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{photo}{paragraphs}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Nguồn tin: </strong>Hội Nông dân tỉnh</p></div>
</div></div></body></html>
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(42)
    portal = os.path.join(args.out, "portal", "portal.example.gov.vn")
    os.makedirs(os.path.join(portal, "uploads", "news"), exist_ok=True)
    for i in range(args.n):
        slug, name, _ = CATEGORIES[i % len(CATEGORIES)]
        folder = os.path.join(portal, "news", slug)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"bai-so-{i}-{i}.html"), "w", encoding="utf-8") as f:
            f.write(page(rng, i, slug, name))
        if i % 10 == 0:
            shutil.copyfile(PHOTO, os.path.join(portal, "uploads", "news", f"anh-{i}.jpg"))
    site = os.path.join(args.out, "site")
    os.makedirs(os.path.join(site, "content"), exist_ok=True)
    with open(os.path.join(site, "bulletin.yaml"), "w", encoding="utf-8") as f:
        f.write('site:\n  name: "Bản tin thử"\n  base-url: "https://bantin.example.vn/"\ncategories:\n')
        for _, _, category in CATEGORIES:
            f.write(f'  - name: "{category}"\n')
        f.write("import:\n  categories:\n")
        for _, name, category in CATEGORIES:
            f.write(f'    "{name}": "{category}"\n')


if __name__ == "__main__":
    main()
