# Conway's Game of Life on a small torus, with a glider and a blinker, for several generations.
WIDTH, HEIGHT = 10, 8


def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % WIDTH, (y + dy) % HEIGHT)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live):
    return "\n".join(["".join(["#" if (x, y) in live else "." for x in range(WIDTH)]) for y in range(HEIGHT)])


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(7, 5), (7, 6), (7, 7)}
world = glider | blinker
history = []
for generation in range(6):
    print(f"generation {generation}: {len(world)} cells")
    print(show(world))
    history.append(sorted(world))
    world = step(world)
for generation in range(6, 40):
    world = step(world)
print(len(world), sorted(world)[:5], min(world), max(world))
print(history[0] == history[4], len(history))
