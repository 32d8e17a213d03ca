#!/usr/bin/python3
"""The peer of our intake: pandas read_csv + groupby over a victims.csv (bench/run.sh).

Prints key=value lines: seconds to import pandas, to read, to group (the three breakdowns the scorecard
charts, and referral outcomes) and, apart, to check victim_ref uniqueness as our intake does.
"""
import sys
import time

start = time.perf_counter()
import pandas as pd  # noqa: E402

imported = time.perf_counter()
frame = pd.read_csv(sys.argv[1])
read = time.perf_counter()
groups = [frame.groupby(column).size() for column in ("sex", "age_group", "exploitation", "referred_to_assistance")]
grouped = time.perf_counter()
unique = frame["victim_ref"].is_unique
checked = time.perf_counter()

print(f"pandas.version={pd.__version__}")
print(f"pandas.rows={len(frame)}")
print(f"pandas.import.seconds={imported - start:.3f}")
print(f"pandas.read.seconds={read - imported:.3f}")
print(f"pandas.groupby.seconds={grouped - read:.3f}")
print(f"pandas.seconds={grouped - imported:.3f}")
print(f"pandas.unique.seconds={checked - grouped:.3f}")
print(f"pandas.unique={unique}")
print(f"pandas.groups={sum(len(g) for g in groups)}")
