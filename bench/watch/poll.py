#!/usr/bin/env python3
"""Save-to-served latency of a live preview, measured from outside the process over HTTP.

Starts the preview server (bulletin serve --watch, or hugo server) on a generated corpus, waits until
the article page answers, then EDITS times: appends a sentence with a unique marker to the item's body,
and polls the article URL every POLL_MS until the page holds the marker. The time from the save to the
first response holding it is what a browser reloading the page would see. WARMUP edits are not counted.

  python3 bench/watch/poll.py --tool bulletin --dir /tmp/w/b10k --edits 10 --warmup 2
  python3 bench/watch/poll.py --tool hugo --dir /tmp/w/h10k --edits 10 --warmup 2
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def newest_item(directory):
    content = os.path.join(directory, "content")
    found = []
    for section in sorted(os.listdir(content)):
        full = os.path.join(content, section)
        if section in ("uploads", "pages") or not os.path.isdir(full):
            continue
        found += [(name, section) for name in os.listdir(full) if name.endswith(".md") and not name.startswith("_")]
    name, section = sorted(found)[-1]
    return os.path.join(content, section, name), f"/{section}/{name[:-3]}/"


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except Exception:  # not up yet, or between two sites
        return ""


def command(tool, directory, port, java_opts):
    if tool == "bulletin":
        env = dict(os.environ)
        if java_opts:
            env["BULLETIN_JAVA_OPTS"] = java_opts
        return [os.path.join(ROOT, "target", "bulletin"), "serve", "--watch", "--source", directory, "--port", str(port),
                "--future", "--clock", "2026-01-01T00:00:00Z"], env
    return ["hugo", "server", "--source", directory, "--port", str(port), "--bind", "127.0.0.1",
            "--disableLiveReload", "--buildFuture", "--quiet"], dict(os.environ)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", choices=["bulletin", "hugo"], required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port", type=int, default=18090)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--poll-ms", type=float, default=2)
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between edits")
    parser.add_argument("--java-opts", default="")
    args = parser.parse_args()

    item, path = newest_item(args.dir)
    url = f"http://127.0.0.1:{args.port}{path}"
    original = open(item, encoding="utf-8").read()
    argv, env = command(args.tool, args.dir, args.port, args.java_opts)
    log = open(os.path.join(args.dir, f".poll-{args.tool}.log"), "w")
    server = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 900
        while "<html" not in fetch(url).lower():
            if server.poll() is not None or time.time() > deadline:
                sys.exit(f"{args.tool} did not serve {url}; see {log.name}")
            time.sleep(0.2)
        times = []
        for n in range(args.warmup + args.edits):
            marker = f"Dấu sửa {os.getpid()}-{n}"
            with open(item, "a", encoding="utf-8") as f:
                f.write(f"\n{marker}.\n")
            saved = time.perf_counter()
            while marker not in fetch(url):
                if time.perf_counter() - saved > 120:
                    sys.exit(f"edit {n} not served after 120 s")
                time.sleep(args.poll_ms / 1000)
            took = (time.perf_counter() - saved) * 1000
            if n >= args.warmup:
                times.append(took)
            print(f"{args.tool} edit {n}{' (warm-up)' if n < args.warmup else ''}: {took:.0f} ms", flush=True)
            time.sleep(args.pause)
        times.sort()
        print(f"{args.tool}: {len(times)} edits, median {statistics.median(times):.0f} ms, "
              f"min {times[0]:.0f} ms, max {times[-1]:.0f} ms")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        with open(item, "w", encoding="utf-8") as f:
            f.write(original)


if __name__ == "__main__":
    main()
