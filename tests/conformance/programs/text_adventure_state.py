# A deterministic state machine: rooms, inventory and scripted commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.log = []

    def say(self, text):
        self.log.append(text)
        print(f"[{self.moves:02d}] {text}")

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            raise KeyError(direction)
        target = exits[direction]
        if ROOMS[target].get("locked") and "key" not in self.inventory:
            self.say(f"the way {direction} is locked")
            return
        self.room = target
        self.say(f"you enter {ROOMS[target]['desc']}")

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            self.say(f"no {item} here")
            return
        items.remove(item)
        self.inventory.append(item)
        self.say(f"taken: {item} (carrying {len(self.inventory)})")

    def run(self, script):
        for line in script.strip().splitlines():
            verb, _, noun = line.strip().partition(" ")
            self.moves += 1
            try:
                if verb == "go":
                    self.go(noun)
                elif verb == "take":
                    self.take(noun)
                elif verb == "look":
                    here = ROOMS[self.room]
                    self.say(f"{self.room}: exits {sorted(here['exits'])}, items {here['items']}")
                else:
                    raise ValueError(verb)
            except KeyError as e:
                self.say(f"cannot go {e.args[0]}")
            except ValueError as e:
                self.say(f"unknown verb {e}")


script = """
look
take lamp
go east
go down
go west
go north
take key
take sword
dance
go south
go east
go down
look
take wine
"""
game = Game()
game.run(script)
print(game.room, game.inventory, game.moves, len(game.log))
print(sorted([n for n in ROOMS if ROOMS[n]["items"]]))
