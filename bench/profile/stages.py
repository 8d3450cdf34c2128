#!/usr/bin/env python3
"""Reads `jfr print --events jdk.ExecutionSample` output; prints the samples of each pipeline stage
and the project and Lucene frames most often found under it."""
import collections
import re
import sys

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
