"use strict";
// Generates a Vietnamese bulletin corpus from labelled facts, deterministically (seeded), as a bulletin
// source folder (content/, bulletin.yaml) plus qrels.json: for each query of queries.json, the grade
// (2 primary, 1 partial) of every relevant item. Usage: node generate.js SIZE OUT_DIR [SEED]
const fs = require("node:fs");
const path = require("node:path");

const size = Number(process.argv[2] || 1000);
const out = process.argv[3] || "corpus";
let seed = Number(process.argv[4] || 42);
function random() { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const COMMUNES = ["Hàm Cần", "Hàm Cường", "Hàm Chính", "Hàm Mỹ", "Hàm Kiệm", "Hàm Thạnh", "Tân Lập", "Thuận Quý",
  "Mương Mán", "Tân Thuận", "Hàm Minh", "Tân Thành"];
const ORGS = ["Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Mặt trận Tổ quốc", "Công an"];
const CATEGORIES = ["Tin tức - Sự kiện", "Chỉ đạo - Điều hành", "Kinh tế - Xã hội", "Văn hóa - Thể thao", "Thông báo"];
const TOPICS = {
  ntm: { cat: 2, title: (f) => `Xã ${f.commune} ${f.nangcao ? "đạt chuẩn nông thôn mới nâng cao" : "đẩy mạnh xây dựng nông thôn mới"}`,
    lead: (f) => `Chương trình mục tiêu quốc gia xây dựng nông thôn mới${f.nangcao ? " nâng cao" : ""} tại xã ${f.commune} đạt nhiều kết quả.` },
  thanhlong: { cat: 2, title: (f) => `Nông dân xã ${f.commune} sản xuất thanh long ${f.vietgap ? pick(["theo tiêu chuẩn VietGAP", "đạt chứng nhận Viet GAP"]) : "trái vụ"}`,
    lead: (f) => `Diện tích trái thanh long ruột đỏ${f.vietgap ? " được cấp chứng nhận VietGAP" : ""} tiếp tục tăng tại xã ${f.commune}.` },
  dien: { cat: 4, title: (f) => `Lịch cắt điện khu vực xã ${f.commune} tháng ${f.month}`,
    lead: (f) => `Điện lực thông báo lịch ngừng cung cấp điện để bảo trì lưới điện tại xã ${f.commune}.` },
  kethon: { cat: 4, title: (f) => `Hướng dẫn thủ tục đăng ký kết hôn tại UBND xã ${f.commune}`,
    lead: () => "Công dân thực hiện đăng ký kết hôn trực tuyến hoặc tại bộ phận một cửa." },
  dangbo: { cat: 0, title: (f) => `Đảng bộ xã ${f.commune} tổng kết công tác xây dựng Đảng năm ${f.year}`,
    lead: (f) => `Ban Chấp hành Đảng bộ xã ${f.commune} đánh giá kết quả lãnh đạo năm ${f.year}.` },
  dengue: { cat: 2, title: (f) => `Chủ động phòng chống sốt xuất huyết tại xã ${f.commune}`,
    lead: () => "Ngành y tế khuyến cáo người dân diệt lăng quăng, phòng bệnh sốt xuất huyết." },
  bhyt: { cat: 1, title: (f) => `Tăng tỷ lệ học sinh tham gia bảo hiểm y tế năm học ${f.year}`,
    lead: () => "Các trường học vận động học sinh tham gia bảo hiểm y tế học sinh đầy đủ." },
  rice: { cat: 2, title: (f) => `Nông dân xã ${f.commune} xuống giống lúa vụ đông xuân`,
    lead: () => "Diện tích lúa được gieo sạ đúng lịch thời vụ, giống lúa chất lượng cao." },
  scam: { cat: 4, title: () => "Cảnh báo thủ đoạn lừa đảo qua mạng xã hội",
    lead: () => "Công an khuyến cáo người dân cảnh giác trước các thủ đoạn lừa đảo chiếm đoạt tài sản." },
  fire: { cat: 1, title: (f) => `Tăng cường phòng chống cháy rừng tại xã ${f.commune}`,
    lead: () => "Mùa khô, nguy cơ cháy rừng cao, lửa rừng có thể lan nhanh." },
  recruit: { cat: 4, title: (f) => `Thông báo tuyển dụng giáo viên năm ${f.year}`,
    lead: (f) => `Phòng Giáo dục thông báo tuyển dụng viên chức giáo viên năm ${f.year}.` },
  land: { cat: 4, title: () => pick(["Thủ tục cấp giấy chứng nhận quyền sử dụng đất", "Hướng dẫn cấp sổ đỏ lần đầu"]),
    lead: () => "Hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất nộp tại bộ phận một cửa." },
  irrigation: { cat: 1, title: (f) => `Nạo vét kênh mương, công trình ${f.newTone ? "thuỷ" : "thủy"} lợi xã ${f.commune}`,
    lead: (f) => `Các công trình ${f.newTone ? "thuỷ" : "thủy"} lợi được tu sửa trước mùa mưa.` },
  mediation: { cat: 0, title: (f) => `Nâng cao hiệu quả ${f.newTone ? "hoà" : "hòa"} giải cơ sở tại xã ${f.commune}`,
    lead: (f) => `Tổ ${f.newTone ? "hoà" : "hòa"} giải ở thôn giải quyết nhiều vụ việc mâu thuẫn.` },
  org: { cat: 0, title: (f) => `${f.org} xã ${f.commune} tổ chức hội nghị sơ kết`,
    lead: (f) => `${f.org} xã ${f.commune} sơ kết hoạt động và triển khai nhiệm vụ.` },
  sport: { cat: 3, title: (f) => `Giải bóng chuyền xã ${f.commune} năm ${f.year}`,
    lead: () => "Giải thu hút đông đảo vận động viên và người dân tham gia cổ vũ." }
};
const TOPIC_NAMES = Object.keys(TOPICS);
// Background sentences: hard negatives by construction (cần = need, Thanh Long the person, nông dân
// without the Hội, lúa/lửa/lừa) and other topics' words.
const BACKGROUND = [
  "Người dân cần chủ động nắm bắt thông tin.", "Ông Nguyễn Thanh Long, Chủ tịch UBND xã, phát biểu chỉ đạo.",
  "Nông dân trong xã tích cực tham gia.", "Bà con cần thận trọng khi sử dụng lửa.", "Ông Trần Văn Cần được khen thưởng.",
  "Thời gian tới, địa phương cần tiếp tục quan tâm.", "Chính quyền xã phối hợp với các ngành liên quan.",
  "Kết quả này góp phần phát triển kinh tế - xã hội của địa phương.", "Cán bộ, đảng viên gương mẫu thực hiện.",
  "Đường giao thông nông thôn được bê tông hóa.", "Hội nghị diễn ra tại hội trường UBND xã.",
  "Đồng chí Bí thư Đảng ủy xã dự và chỉ đạo.", "Năm nay thời tiết thuận lợi cho sản xuất.",
  "Nhiều hộ dân đã thoát nghèo bền vững.", "Ứng dụng chuyển đổi số trong quản lý.",
  "Lãnh đạo huyện Hàm Thuận Nam đánh giá cao kết quả.", "Tổ công nghệ số cộng đồng hỗ trợ người dân.",
  "Trường học chuẩn bị tốt cho năm học mới.", "Trạm y tế xã tổ chức tiêm chủng.", "Chợ quê họp từ sáng sớm."
];

function facts(i) {
  const topic = i < TOPIC_NAMES.length ? TOPIC_NAMES[i] : pick(TOPIC_NAMES);
  return { topic, commune: pick(COMMUNES), org: pick(ORGS), year: 2023 + Math.floor(random() * 3),
    month: 1 + Math.floor(random() * 12), vietgap: random() < 0.4, nangcao: random() < 0.4,
    newTone: random() < 0.1, docNumber: random() < 0.05 ? `${100 + Math.floor(random() * 60)}/QĐ-UBND` : "",
    background: Array.from({ length: 14 }, () => pick(BACKGROUND)) };
}

function text(f) {
  const t = TOPICS[f.topic];
  const body = [t.lead(f)];
  for (let p = 0; p < 4; p++) {
    body.push(f.background.slice(p * 3, p * 3 + 4).join(" ") + (p === 1 ? " " + t.lead(f) : ""));
  }
  if (f.docNumber) {
    body.push(`Căn cứ Quyết định số ${f.docNumber} của Ủy ban nhân dân huyện.`);
  }
  return { title: t.title(f), lead: t.lead(f), body: body.join("\n\n") };
}

function noise(s, f, i) { // 10% NFD, 2% look-alike eth, some all-caps titles
  let x = s;
  if (i % 50 === 7) x = x.replace(/Đ/g, "Ð").replace(/đ/g, "ð");
  if (i % 10 === 3) x = x.normalize("NFD");
  return x;
}

const QUERIES = JSON.parse(fs.readFileSync(path.join(__dirname, "queries.json"), "utf8"));
function grade(q, f) {
  const r = q.relevant;
  const match = (cond) => Object.entries(cond).every(([k, v]) => f[k] === v);
  if (match(r.grade2)) return 2;
  if (r.grade1 && match(r.grade1)) return 1;
  return 0;
}

fs.rmSync(out, { recursive: true, force: true });
const yaml = ["site:", '  name: "Bản tin thử nghiệm"', '  base-url: "https://bantin.example.gov.vn/"', "categories:"]
  .concat(CATEGORIES.map((c) => `  - name: "${c}"`)).join("\n") + "\n";
fs.mkdirSync(path.join(out, "content"), { recursive: true });
fs.writeFileSync(path.join(out, "bulletin.yaml"), yaml);
const qrels = Object.fromEntries(QUERIES.map((q) => [q.id, {}]));
const start = Date.UTC(2023, 0, 1);
for (let i = 0; i < size; i++) {
  const f = facts(i);
  const t = text(f);
  f.placeShown = t.title.includes(f.commune); // the commune is a primary fact only where the item names it
  const category = CATEGORIES[TOPICS[f.topic].cat];
  const slug = "tin-" + String(i).padStart(6, "0");
  const date = new Date(start + i * 3600 * 1000 * (24 * 1000 / size)).toISOString().slice(0, 19) + "+07:00";
  const front = `---\ntitle: "${noise(t.title, f, i)}"\ndate: ${date}\ncategory: "${category}"\nsummary: "${noise(t.lead, f, i)}"\n---\n\n`;
  fs.writeFileSync(path.join(out, "content", slug + ".md"), front + noise(t.body, f, i) + "\n");
  const url = "/" + category.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") + "/" + slug + "/";
  QUERIES.forEach((q) => { const g = grade(q, f); if (g) qrels[q.id][url] = g; });
}
fs.writeFileSync(path.join(out, "qrels.json"), JSON.stringify(qrels));
console.log(`generated ${size} items in ${out}`);
