# Nested dicts and lists.
db = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bo", "tags": []}], "meta": {"count": 2}}
print(db)
print(db["users"][0]["tags"][1], db["meta"]["count"])
db["users"][1]["tags"].append("new")
db["meta"]["count"] += 1
db["meta"]["extra"] = {"deep": {"deeper": [1, 2, 3]}}
print(db["meta"])
print(db["meta"]["extra"]["deep"]["deeper"][-1])
for user in db["users"]:
    print(user["name"], len(user["tags"]), user.get("email", "n/a"))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid)
print(grid[(2, 1)], (1, 1) in grid, (3, 3) in grid)
