// `pathMappings` of attach arguments: editor paths to paths in the target, and back.

struct PathMapper {
    private let mappings: [(local: String, remote: String)]

    init(_ mappings: [PathMapping]) {
        // The longest root wins when roots nest.
        self.mappings = mappings
            .map { (Self.directory($0.localRoot), Self.directory($0.remoteRoot)) }
            .sorted { $0.0.count > $1.0.count }
    }

    /// The target's path for a path in the editor.
    func remote(_ localPath: String) -> String {
        for mapping in mappings where localPath.hasPrefix(mapping.local) {
            return mapping.remote + localPath.dropFirst(mapping.local.count)
        }
        return localPath
    }

    /// The editor's path for a path in the target.
    func local(_ remotePath: String) -> String {
        for mapping in mappings.sorted(by: { $0.remote.count > $1.remote.count }) where remotePath.hasPrefix(mapping.remote) {
            return mapping.local + remotePath.dropFirst(mapping.remote.count)
        }
        return remotePath
    }

    /// A root with exactly one trailing slash, so "/app" does not match "/application".
    private static func directory(_ root: String) -> String {
        var trimmed = root
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed == "/" ? trimmed : trimmed + "/"
    }
}
