#!/usr/bin/env python3
"""Reads `jfr print --events jdk.ExecutionSample` output; prints the samples of each pipeline stage
and the project and Lucene frames most often found under it. Given a second file, the output of
`jfr print --events vn.bulletin.Stage`, first prints each stage's wall time (summed over the builds
of the recording, with the count of builds), which samples miss where a stage waits."""
import collections
import re
import sys

if len(sys.argv) > 2:
    walls = collections.defaultdict(list)
    for event in open(sys.argv[2], encoding="utf-8").read().split("vn.bulletin.Stage")[1:]:
        stage = re.search(r'stage = "(\w+)"', event)
        took = re.search(r"duration = ([\d.]+) (\w+)", event)
        if stage and took:
            scale = {"s": 1000.0, "ms": 1.0, "us": 0.001, "ns": 0.000001}[took.group(2)]
            walls[stage.group(1)].append(float(took.group(1)) * scale)
    print("wall time by stage (ms; median of the builds, then each build):")
    for stage, times in walls.items():
        ordered = sorted(times)
        print(f"  {stage:8s} {ordered[len(ordered) // 2]:8.1f}   {' '.join(f'{t:.0f}' for t in times)}")

STAGES = ["BuildSession.startBuild", "SiteBuilder.load", "SiteBuilder.parse", "SiteBuilder.plan",
          "SiteBuilder.render", "SiteBuilder.index", "SiteBuilder.publish", "Cleanup"]

samples = open(sys.argv[1], encoding="utf-8").read().split("jdk.ExecutionSample")
print(f"{len(samples) - 1} samples of 2 ms")
for stage in STAGES:
    under = collections.Counter()
    count = 0
    for sample in samples:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", sample, re.M)
        hits = [i for i, f in enumerate(frames) if stage in f]
        if not hits:
            continue
        count += 1
        for frame in set(frames[:hits[0]]):
            if "bulletin" in frame or "lucene" in frame:
                under[frame] += 1
    print(f"== {stage}: {count} samples")
    for frame, n in under.most_common(8):
        print(f"   {n:6d}  {frame}")
