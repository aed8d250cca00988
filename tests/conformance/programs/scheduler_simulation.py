# A round-robin scheduler simulation with priorities, time slices and completion statistics.
class Task:
    def __init__(self, name, work, priority):
        self.name = name
        self.remaining = work
        self.priority = priority
        self.started = None
        self.finished = None

    def __repr__(self):
        return f"{self.name}({self.remaining})"


def schedule(tasks, quantum):
    clock = 0
    queue = sorted(tasks, key=lambda t: (-t.priority, t.name))
    timeline = []
    while queue:
        task = queue.pop(0)
        if task.started is None:
            task.started = clock
        run = min(quantum, task.remaining)
        timeline.append((clock, task.name, run))
        clock += run
        task.remaining -= run
        if task.remaining:
            queue.append(task)
        else:
            task.finished = clock
    return clock, timeline


tasks = [Task("io", 3, 1), Task("cpu", 10, 2), Task("net", 5, 2), Task("log", 1, 0), Task("ui", 4, 3)]
end, timeline = schedule(tasks, quantum=2)
for start, name, run in timeline:
    print(f"t={start:>2} {name:<4} {'#' * run}")
print("finished at", end)
for task in sorted(tasks, key=lambda t: t.finished):
    wait = task.finished - task.started
    print(f"{task.name:<4} start={task.started:>2} end={task.finished:>2} span={wait}")
spans = [t.finished - t.started for t in tasks]
print(sum(spans) / len(spans), max(spans), min(spans), [t.name for t in tasks if t.finished > end // 2])
