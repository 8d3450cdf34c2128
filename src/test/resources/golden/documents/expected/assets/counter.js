/*
 * Bulletin: the "Lượt truy cập" block. Records one visit per browser session (a flag in
 * sessionStorage; no cookie, no identifier), otherwise only reads the figures, and hides the block
 * when the counter service cannot be reached. Numbers are written as text, never as HTML.
 */
(function () {
  "use strict";
  var block = document.querySelector("[data-counter]");
  if (!block || !window.fetch) {
    return;
  }
  var endpoint = block.getAttribute("data-endpoint");
  var path = block.getAttribute("data-path");
  var FLAG = "bulletin-visit-recorded";
  var TIMEOUT_MS = 5000;

  function recorded() {
    try {
      return window.sessionStorage.getItem(FLAG) === "1";
    } catch (e) {
      // Storage refused (strict privacy settings): only read, so a visit is never counted twice.
      return true;
    }
  }

  function remember() {
    try {
      window.sessionStorage.setItem(FLAG, "1");
    } catch (e) {
      // Nothing to do: recorded() reads the same refusal and the page only reads from now on.
    }
  }

  // vi-VN groups thousands with dots (832.882), whatever the browser's own locale data holds.
  function format(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function valid(c) {
    var keys = ["total", "today", "month", "online", "views"];
    for (var i = 0; i < keys.length; i++) {
      var n = c && c[keys[i]];
      if (typeof n !== "number" || !isFinite(n) || n < 0 || Math.floor(n) !== n) {
        return false;
      }
    }
    return true;
  }

  function fill(selector, n) {
    var el = document.querySelector(selector);
    if (el) {
      el.textContent = format(n);
    }
  }

  function show(c) {
    fill("[data-counter-total]", c.total);
    fill("[data-counter-online]", c.online);
    fill("[data-counter-today]", c.today);
    fill("[data-counter-month]", c.month);
    fill("[data-counter-views-value]", c.views);
    var details = block.querySelector("[data-counter-details]");
    if (details) {
      details.hidden = false;
    }
    var views = document.querySelector("[data-counter-views]");
    if (views) {
      views.hidden = false;
    }
  }

  function hide() {
    block.hidden = true;
  }

  if (!endpoint || !path) {
    hide();
    return;
  }
  var post = !recorded();
  var controller = window.AbortController ? new AbortController() : null;
  var timer = window.setTimeout(function () {
    if (controller) {
      controller.abort();
    }
  }, TIMEOUT_MS);
  var options = {credentials: "omit", cache: "no-store", signal: controller ? controller.signal : undefined};
  var url = endpoint;
  if (post) {
    options.method = "POST";
    options.headers = {"Content-Type": "application/json"};
    options.body = JSON.stringify({path: path});
  } else {
    url += (endpoint.indexOf("?") < 0 ? "?" : "&") + "path=" + encodeURIComponent(path);
  }
  window.fetch(url, options).then(function (response) {
    if (!response.ok) {
      throw new Error("counter answered " + response.status);
    }
    return response.json();
  }).then(function (counts) {
    window.clearTimeout(timer);
    if (!valid(counts)) {
      throw new Error("counter answered something else");
    }
    if (post) {
      remember();
    }
    show(counts);
  })["catch"](function () {
    window.clearTimeout(timer);
    hide();
  });
})();
