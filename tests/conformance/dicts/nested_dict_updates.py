# Nested dictionaries: deep updates, merging and walking paths.
def deep_merge(base, extra):
    result = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result


def get_path(tree, path, default=None):
    node = tree
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


def flatten(tree, prefix=""):
    items = {}
    for key, value in tree.items():
        name = prefix + key
        if isinstance(value, dict):
            items.update(flatten(value, name + "."))
        else:
            items[name] = value
    return items


defaults = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "debug": False}
overrides = {"db": {"port": 6543, "opts": {"ssl": True, "timeout": 3}}, "name": "app"}
config = deep_merge(defaults, overrides)
print(config)
print(defaults["db"]["port"], get_path(config, "db.opts.timeout"), get_path(config, "db.user", "?"), get_path(config, "debug.x"))
print(flatten(config))
print(sorted(flatten(defaults)), len(flatten(config)))
