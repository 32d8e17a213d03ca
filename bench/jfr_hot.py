#!/usr/bin/python3
"""Hot methods and allocation sites of a JFR recording, from `jfr print` (JDK 17 has no `jfr view`).

    bench/jfr_hot.py recording.jfr [--thread PREFIX] [--top N]

Prints the share of execution samples by top frame (self), by method anywhere on the stack (inclusive,
counted once per sample), and the sampled allocation weight by class and by allocating frame.
"""
import argparse
import collections
import re
import subprocess
import sys


def events(recording, name, depth):
    text = subprocess.run(["jfr", "print", "--events", name, "--stack-depth", str(depth), recording],
                          check=True, capture_output=True, text=True).stdout
    event = None
    in_stack = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(name + " {"):
            event = {"stack": []}
            in_stack = False
        elif event is None:
            continue
        elif stripped == "}" and not line.startswith(" " * 4):
            yield event
            event = None
        elif stripped.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and stripped == "]":
            in_stack = False
        elif in_stack:
            if stripped != "...":
                event["stack"].append(re.sub(r"\s+line:.*$", "", stripped))
        elif " = " in stripped:
            key, value = stripped.split(" = ", 1)
            event[key] = value


def table(title, counter, total, top, unit="samples"):
    print(f"\n{title} (of {total:,} {unit})")
    for key, count in counter.most_common(top):
        print(f"  {100.0 * count / total:5.1f}%  {key}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--thread", default="", help="only threads whose name starts with this")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--depth", type=int, default=48)
    parser.add_argument("--callers", default="", help="also: who calls top frames containing this text")
    args = parser.parse_args()

    self_counts, inclusive, ours = collections.Counter(), collections.Counter(), collections.Counter()
    callers = collections.Counter()
    total = 0
    for event in events(args.recording, "jdk.ExecutionSample", args.depth):
        thread = event.get("sampledThread", "").strip('"').split('"')[0]
        if not thread.startswith(args.thread) or not event["stack"]:
            continue
        total += 1
        self_counts[event["stack"][0]] += 1
        if args.callers and args.callers in event["stack"][0]:
            callers[" <- ".join(event["stack"][1:3])] += 1
        for frame in set(event["stack"]):
            inclusive[frame] += 1
        first_ours = next((f for f in event["stack"] if f.startswith("org.scorecards.")), None)
        if first_ours:
            ours[first_ours] += 1
    if total == 0:
        sys.exit("no execution samples" + (f" on threads {args.thread}*" if args.thread else ""))
    table("Self time by top frame", self_counts, total, args.top)
    table("Inclusive time (method anywhere on the stack)", inclusive, total, args.top)
    table("Nearest org.scorecards frame (our code that led to the sample)", ours, total, args.top)
    if callers:
        table(f"Callers of top frames matching '{args.callers}'", callers, total, args.top)

    by_class, by_site = collections.Counter(), collections.Counter()
    weight_total = 0
    for event in events(args.recording, "jdk.ObjectAllocationSample", 12):
        thread = event.get("eventThread", "").strip('"').split('"')[0]
        if not thread.startswith(args.thread):
            continue
        weight = parse_bytes(event.get("weight", "0"))
        weight_total += weight
        by_class[event.get("objectClass", "?").split(" (")[0]] += weight
        site = next((f for f in event["stack"] if not f.startswith(("java.", "jdk.", "sun."))),
                    event["stack"][0] if event["stack"] else "?")
        by_site[site] += weight
    if weight_total:
        table("Allocation by class (sampled weight)", by_class, weight_total, args.top // 2, "bytes")
        table("Allocation by nearest non-JDK frame", by_site, weight_total, args.top // 2, "bytes")


def parse_bytes(text):
    match = re.match(r"([\d.,]+)\s*(bytes|kB|MB|GB)?", text.strip())
    if not match:
        return 0
    value = float(match.group(1).replace(",", ""))
    return int(value * {"bytes": 1, None: 1, "kB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}[match.group(2)])


if __name__ == "__main__":
    main()
