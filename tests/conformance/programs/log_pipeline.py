# a small log pipeline: writes a log file, streams it back line by line, keeps a sliding window
# in a deque, aggregates latencies in typed arrays, renders a report into a replaced sys.stdout
import array
import io
import os
import sys
from _collections import deque

directory = "_tmp_log_pipeline"
# A run stopped half-way may have left the directory behind.
if os.path.exists(directory):
    for leftover in os.listdir(directory):
        os.remove(directory + "/" + leftover)
    os.rmdir(directory)
os.mkdir(directory)
log_path = directory + "/service.log"

services = ["auth", "search", "billing", "profile"]
with open(log_path, "w", encoding="utf-8") as log:
    seed = 17
    for tick in range(240):
        seed = (seed * 1103515245 + 12345) % (2 ** 31)
        service = services[seed % len(services)]
        latency = 5 + (seed >> 8) % 400
        status = "ERROR" if latency > 380 else "ok"
        log.write(f"{tick:04d} {service} {latency} {status}\n")
    log.write("# end of log — généré\n")

latencies = {name: array.array("H") for name in services}
window = deque(maxlen=10)
worst_windows = []
errors = deque()
with open(log_path, encoding="utf-8") as log:
    for line in log:
        if line.startswith("#"):
            footer = line.rstrip("\n")
            continue
        tick, service, latency, status = line.split()
        latencies[service].append(int(latency))
        window.append(int(latency))
        if len(window) == window.maxlen:
            worst_windows.append((sum(window) // len(window), int(tick)))
        if status == "ERROR":
            errors.append((int(tick), service))
            if len(errors) > 5:
                errors.popleft()

report = io.StringIO()
saved = sys.stdout
sys.stdout = report
print("latency report")
print("=" * 14)
for name in services:
    values = latencies[name]
    ordered = array.array("H", sorted(values))
    median = ordered[len(ordered) // 2]
    print(f"{name:8} n={len(values):3d} min={min(values):3d} median={median:3d} max={max(values):3d} mean={sum(values) / len(values):7.2f}")
worst = sorted(worst_windows, reverse=True)[:3]
print("worst windows:", worst)
print("last errors:", list(errors))
print("footer:", footer)
sys.stdout = saved

text = report.getvalue()
print(text, end="")
print("report lines:", len(text.splitlines()), "chars:", len(text))
with open(directory + "/report.txt", "w") as out:
    out.write(text)
with open(directory + "/report.txt", "rb") as raw:
    data = raw.read()
print("bytes on disk:", len(data), data[:14], data.decode().count("\n"))
blob = array.array("H", latencies["auth"][:8])
with open(directory + "/auth.bin", "wb") as binary:
    binary.write(blob.tobytes())
restored = array.array("H")
with open(directory + "/auth.bin", "rb") as binary:
    restored.frombytes(binary.read())
print("round trip:", restored == blob, restored.tolist())
for name in sorted(os.listdir(directory)):
    os.remove(directory + "/" + name)
os.rmdir(directory)
