// The live preview of `bulletin serve --watch`: the server adds this script to the pages it serves (it is
// never written into site/). It listens to /_bulletin/live: "reload" once a build has published a new
// site, "error" with the diagnostics of a failed build, shown over the page while the last good site
// stays served. A hidden tab lets go of its connection and catches up when shown again.
"use strict";
(() => {
  const script = document.currentScript;
  const pageBuild = script ? script.dataset.build : "";
  const OVERLAY = "bulletin-live-overlay";
  // file:line:col: error: ... as the build writes it
  const POSITION = /^\S+?:\d+(?::\d+)?: (?:error|warning):/;
  const STYLE = `
    :host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block;
      overflow: auto; background: rgba(0, 0, 0, .55); }
    section { box-sizing: border-box; max-width: 60rem; min-height: 100%; margin: 0 auto; padding: 1rem;
      background: #fff; color: #1a1a1a; border-top: .375rem solid #b3261e; font: 16px/1.5 system-ui, sans-serif; }
    h2 { margin: 0 0 .5rem; color: #b3261e; font-size: 1.25rem; }
    p { margin: 0 0 1rem; }
    pre { margin: 0 0 1rem; padding: .75rem; background: #f5f5f5; border: 1px solid #d0d0d0;
      font: 14px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
    strong { color: #b3261e; }
    button { min-height: 44px; padding: .5rem 1rem; font: inherit; }`;
  let source = null;

  function element(name, text) {
    const node = document.createElement(name);
    node.textContent = text;
    return node;
  }

  function hideOverlay() {
    const overlay = document.getElementById(OVERLAY);
    if (overlay) {
      overlay.remove();
    }
  }

  // Diagnostics quote the editor's files: they go in as text nodes, never as markup.
  function showOverlay(text) {
    hideOverlay();
    const host = document.createElement(OVERLAY);
    host.id = OVERLAY;
    const root = host.attachShadow({ mode: "open" });
    const box = document.createElement("section");
    box.setAttribute("role", "alert");
    const title = element("h2", "The build failed");
    const pre = document.createElement("pre");
    for (const line of text.replace(/\n$/, "").split("\n")) {
      pre.append(POSITION.test(line) ? element("strong", line) : line, "\n");
    }
    const hide = element("button", "Hide");
    hide.type = "button";
    hide.addEventListener("click", hideOverlay);
    box.append(title, element("p", "The site stays as the last good build made it. Save a fix and this page reloads by itself."),
      pre, hide);
    root.append(element("style", STYLE), box);
    document.body.append(host);
  }

  function connect() {
    if (source) {
      return;
    }
    source = new EventSource("/_bulletin/live");
    source.addEventListener("reload", (event) => {
      if (String(JSON.parse(event.data).build) !== pageBuild) {
        location.reload();
      } else {
        hideOverlay();
      }
    });
    source.addEventListener("error", (event) => {
      // The stream's own "error" (the server went away) has no data, and EventSource reconnects by itself.
      if (typeof event.data !== "string") {
        return;
      }
      const failed = JSON.parse(event.data);
      // A page older than the last good build reloads first; the new page then shows the errors.
      if (String(failed.build) !== pageBuild) {
        location.reload();
      } else {
        showOverlay(failed.text);
      }
    });
  }

  document.addEventListener("visibilitychange", () => {
    if (document.hidden && source) {
      source.close();
      source = null;
    } else if (!document.hidden) {
      connect();
    }
  });
  if (!document.hidden) {
    connect();
  }
})();
