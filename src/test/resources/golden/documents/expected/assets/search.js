/* Bulletin search page (/tim-kiem/): reads ?q=, ranks with search-rank.js over the static index and
   shows the results. Visitor input, titles and snippets are only ever inserted as text nodes. */
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.getElementById("search-form");
  if (!script || !form || !window.BulletinRank || typeof DecompressionStream === "undefined") {
    var status = document.getElementById("search-status");
    if (status) {
      status.textContent = "Trình duyệt này chưa hỗ trợ tìm kiếm trên trang. Hãy dùng trình duyệt mới hơn.";
    }
    return;
  }
  var PAGE = 10;
  var DEBOUNCE_MS = 150;
  var base = script.getAttribute("data-index");
  var root = script.getAttribute("data-root");
  var input = document.getElementById("q");
  var categorySelect = document.getElementById("search-category");
  var sortSelect = document.getElementById("search-sort");
  var statusEl = document.getElementById("search-status");
  var suggestEl = document.getElementById("search-suggest");
  var resultsEl = document.getElementById("search-results");
  var moreButton = document.getElementById("search-more");
  var index = new window.BulletinSearch.Index(function (path) {
    return fetch(base + path, path === "manifest.json" ? { cache: "no-cache" } : {}).then(function (response) {
      if (!response.ok) {
        throw new Error(path + ": HTTP " + response.status);
      }
      return response.arrayBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  });
  var current = null;
  var generation = 0;
  var timer = 0;
  var categories = {};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /* Appends text to parent with the given ranges of its normalized form wrapped in <mark> (as text
     nodes, never markup). */
  function appendMarked(parent, text, ranges) {
    var shown = window.BulletinAnalysis.normalize(text);
    var at = 0;
    ranges.forEach(function (r) {
      parent.appendChild(document.createTextNode(shown.slice(at, r[0])));
      parent.appendChild(el("mark", "", shown.slice(r[0], r[1])));
      at = r[1];
    });
    parent.appendChild(document.createTextNode(shown.slice(at)));
  }

  function hitNode(row, result) {
    var item = el("li", "search-hit");
    var heading = el("h2", "search-hit-title");
    var link = el("a");
    link.href = root + row[0];
    var marks = window.BulletinRank.highlights([row[1], row[5] || ""], result);
    appendMarked(link, row[1], marks[0]);
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = el("p", "search-hit-meta");
    var time = el("time", "", row[2]);
    time.setAttribute("datetime", row[3]);
    meta.appendChild(time);
    if (categories[row[4]]) {
      meta.appendChild(document.createTextNode(" · "));
      var cat = el("a", "search-hit-category", categories[row[4]]);
      cat.href = root + row[4] + "/";
      meta.appendChild(cat);
    }
    item.appendChild(meta);
    if (row[5]) {
      var snippet = el("p", "search-hit-snippet");
      appendMarked(snippet, row[5], marks[1]);
      item.appendChild(snippet);
    }
    return item;
  }

  function showMore(result, mine) {
    var from = result.shown;
    var ids = result.ids.slice(from, from + PAGE);
    return index.rows(ids).then(function (rows) {
      if (mine !== generation) {
        return;
      }
      var list = resultsEl.querySelector("ol");
      if (!list) {
        list = el("ol", "search-list");
        resultsEl.appendChild(list);
      }
      rows.forEach(function (row) { list.appendChild(hitNode(row, result)); });
      result.shown = from + ids.length;
      moreButton.hidden = result.shown >= result.total;
    });
  }

  function showSuggestions(words) {
    suggestEl.textContent = "";
    suggestEl.hidden = !words.length;
    if (!words.length) {
      return;
    }
    suggestEl.appendChild(document.createTextNode("Có phải bạn muốn tìm: "));
    words.forEach(function (w, i) {
      var a = el("a", "", w);
      a.href = "?q=" + encodeURIComponent(w);
      a.addEventListener("click", function (event) {
        event.preventDefault();
        input.value = w;
        run(false);
      });
      suggestEl.appendChild(a);
      suggestEl.appendChild(document.createTextNode(i + 1 < words.length ? ", " : "?"));
    });
  }

  function summary(query, total) {
    return total ? "Tìm thấy " + total.toLocaleString("vi-VN") + " kết quả cho “" + query + "”."
      : "Không tìm thấy kết quả nào cho “" + query + "”. Hãy thử từ khóa khác hoặc bỏ bớt từ.";
  }

  function updateAddress(query) {
    var params = new URLSearchParams();
    if (query) {
      params.set("q", query);
    }
    if (categorySelect.value) {
      params.set("chuyen-muc", categorySelect.value);
    }
    if (sortSelect.value) {
      params.set("sap-xep", sortSelect.value);
    }
    var search = params.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname);
  }

  function clear() {
    resultsEl.textContent = "";
    moreButton.hidden = true;
    showSuggestions([]);
  }

  /* typing: the last word may be unfinished, so it matches as a prefix. */
  function run(typing) {
    var query = input.value.trim();
    var mine = ++generation;
    updateAddress(query);
    if (!query) {
      clear();
      statusEl.textContent = "";
      return;
    }
    statusEl.textContent = "Đang tìm…";
    var options = { prefix: typing && !/\s$/.test(input.value), category: categorySelect.value,
      byDate: sortSelect.value === "moi-nhat" };
    window.BulletinRank.search(index, query, options).then(function (result) {
      if (mine !== generation) {
        return null;
      }
      clear();
      current = result;
      result.shown = 0;
      showSuggestions(result.suggestions);
      return showMore(result, mine).then(function () {
        if (mine === generation) {
          statusEl.textContent = summary(query, result.total);
        }
      });
    }).catch(function () {
      if (mine === generation) {
        clear();
        statusEl.textContent = "Không tải được dữ liệu tìm kiếm. Hãy thử lại sau.";
      }
    });
  }

  index.manifest().then(function (m) {
    m.categories.forEach(function (c) { categories[c[0]] = c[1]; });
  }, function () { return null; });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(false);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(true); }, DEBOUNCE_MS);
  });
  categorySelect.addEventListener("change", function () { run(false); });
  sortSelect.addEventListener("change", function () { run(false); });
  moreButton.addEventListener("click", function () {
    if (current) {
      var first = current.shown;
      // Focus moves to the first new result, so keyboard and screen-reader users continue from there.
      showMore(current, generation).then(function () {
        var link = resultsEl.querySelectorAll(".search-hit-title a")[first];
        if (link) {
          link.focus();
        }
      });
    }
  });

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  categorySelect.value = params.get("chuyen-muc") || "";
  sortSelect.value = params.get("sap-xep") === "moi-nhat" ? "moi-nhat" : "";
  if (input.value.trim()) {
    run(false);
  }
})();
