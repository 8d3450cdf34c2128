#!/usr/bin/env python3
"""Writes a deterministic corpus of N Vietnamese news items for the build benchmark.

The same seed and N always give the same bytes. --format bulletin writes content/ and bulletin.yaml
for bulletin; --format hugo writes the same items for Hugo (content/<section>/, static/uploads/).
"""
import argparse
import datetime
import os
import random
import unicodedata

CATEGORIES = [
    ("Tin tức - Sự kiện", "tin-tuc-su-kien", 5), ("Chỉ đạo - Điều hành", "chi-dao-dieu-hanh", 3),
    ("Kinh tế - Xã hội", "kinh-te-xa-hoi", 4), ("Văn hóa - Thể thao", "van-hoa-the-thao", 2),
    ("Thông báo", "thong-bao", 2), ("Nông nghiệp - Nông thôn", "nong-nghiep-nong-thon", 3),
    ("Giáo dục - Y tế", "giao-duc-y-te", 2), ("Quốc phòng - An ninh", "quoc-phong-an-ninh", 1),
]
PLACES = ["Hàm Cần", "Hàm Thuận Nam", "Đức Linh", "Tánh Linh", "Phan Thiết", "La Gi", "Bắc Bình",
          "Tuy Phong", "Phú Quý", "Hàm Tân", "Mũi Né", "Tân Lập", "Hàm Mỹ", "Thuận Quý"]
SUBJECTS = ["Hội Nông dân", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Ủy ban nhân dân xã",
            "Sở Thông tin và Truyền thông", "Trung tâm Y tế", "Trường Tiểu học", "Hợp tác xã thanh long"]
TOPICS = ["chuyển đổi số", "xây dựng nông thôn mới", "phòng chống thiên tai", "thanh long VietGAP",
          "đường giao thông nông thôn", "dịch vụ công trực tuyến", "du lịch cộng đồng", "an toàn giao thông",
          "bảo vệ rừng", "cải cách hành chính", "giảm nghèo bền vững", "kết nghĩa"]
VERBS = ["tổ chức hội nghị về", "triển khai kế hoạch", "đẩy mạnh", "tổng kết công tác", "ký kết chương trình",
         "kiểm tra tiến độ", "tập huấn kỹ năng", "tuyên truyền về"]
SENTENCES = [
    "Buổi làm việc có sự tham dự của đại diện lãnh đạo các sở, ban, ngành và địa phương.",
    "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến thiết thực cho kế hoạch trong thời gian tới.",
    "Theo báo cáo, đến nay các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra.",
    "Người dân địa phương phấn khởi, đồng tình và tích cực hưởng ứng chủ trương này.",
    "Lãnh đạo đơn vị đề nghị các phòng chuyên môn tiếp tục phối hợp chặt chẽ, kịp thời tháo gỡ khó khăn.",
    "Dịp này, nhiều tập thể và cá nhân có thành tích xuất sắc đã được khen thưởng.",
    "Kết quả bước đầu cho thấy hiệu quả rõ rệt, góp phần nâng cao đời sống vật chất và tinh thần của Nhân dân.",
    "Đường giao thông được bê tông hóa giúp việc đi lại, vận chuyển nông sản thuận lợi hơn.",
    "Công tác chuyển đổi số được triển khai đồng bộ, nhiều thủ tục hành chính được giải quyết trực tuyến.",
    "Đoàn công tác đã đi thực tế tại một số mô hình sản xuất tiêu biểu của địa phương.",
]
PHOTOS = 40


def slugify(text):
    text = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()
    out, dash = [], False
    for c in text:
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:80].rstrip("-")


def item(rng, i, start):
    name, slug, _ = rng.choices(CATEGORIES, weights=[c[2] for c in CATEGORIES])[0]
    place, subject, topic, verb = rng.choice(PLACES), rng.choice(SUBJECTS), rng.choice(TOPICS), rng.choice(VERBS)
    title = f"{subject} {place} {verb} {topic}"
    date = start + datetime.timedelta(minutes=i * 157 + rng.randrange(0, 100))
    tags = sorted({place, topic.capitalize(), rng.choice(TOPICS).capitalize()})
    summary = f"{subject} {place} {verb} {topic}, góp phần phát triển kinh tế - xã hội địa phương."
    paragraphs = []
    for p in range(rng.randrange(5, 11)):
        words = " ".join(rng.choice(SENTENCES) for _ in range(rng.randrange(3, 7)))
        if rng.random() < 0.5:
            words = words.replace("Nhân dân", "**Nhân dân**", 1)
        paragraphs.append(words)
        if p == 1 and rng.random() < 0.6:
            photo = rng.randrange(PHOTOS)
            paragraphs.append(f"![Ảnh {title}](/uploads/anh-{photo}.svg)\n\n*{subject} {place} tại buổi làm việc.*")
        if p == 3 and rng.random() < 0.34:
            paragraphs.append("\n".join(f"- {rng.choice(SENTENCES)}" for _ in range(3)))
        if p == 4 and i > 0 and rng.random() < 0.3:
            paragraphs.append(f"Xem thêm [tin liên quan](https://example.gov.vn/tin/{rng.randrange(i)}).")
    return slug, name, f"bai-{i:06d}-" + slugify(title)[:50].rstrip("-"), title, date, tags, summary, paragraphs


def front_matter(title, date, name, tags, summary):
    tag_list = ", ".join(f'"{t}"' for t in tags)
    return (f'---\ntitle: "{title}"\ndate: {date.isoformat()}+07:00\ncategory: "{name}"\n'
            f'tags: [{tag_list}]\nsummary: "{summary}"\n---\n\n')


def photo(n):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="533" viewBox="0 0 800 533">'
            f'<title>Ảnh minh họa {n}</title><rect width="800" height="533" fill="#{(n * 2654435761) % 0xFFFFFF:06x}"/>'
            f'</svg>\n')


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--format", choices=["bulletin", "hugo"], required=True)
    parser.add_argument("--seed", type=int, default=20240919)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = datetime.datetime(2021, 1, 1, 6, 30)
    hugo = args.format == "hugo"
    uploads = os.path.join(args.out, "static" if hugo else "content", "uploads")
    for n in range(PHOTOS):
        write(os.path.join(uploads, f"anh-{n}.svg"), photo(n))
    for i in range(args.n):
        slug, name, file, title, date, tags, summary, paragraphs = item(rng, i, start)
        body = front_matter(title, date, name, tags, summary) + "\n\n".join(paragraphs) + "\n"
        write(os.path.join(args.out, "content", slug, file + ".md"), body)
    if hugo:
        for name, slug, _ in CATEGORIES:
            write(os.path.join(args.out, "content", slug, "_index.md"), f'---\ntitle: "{name}"\n---\n')
    else:
        categories = "".join(f'  - name: "{name}"\n' for name, _, _ in CATEGORIES)
        write(os.path.join(args.out, "bulletin.yaml"),
              'site:\n  name: "Bản tin thử tải"\n  base-url: "https://bantin.example.gov.vn/"\n'
              f"categories:\n{categories}lists:\n  page-size: 20\n  other-news-count: 10\n"
              "  home-latest-count: 20\n")


if __name__ == "__main__":
    main()
