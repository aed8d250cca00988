// `[HOST:]PORT` as `wand run --listen` takes it.

import ArgumentParser
import DAPServer

struct ListenAddress: ExpressibleByArgument {
    var host = DebugAgent.defaultHost
    var port: Int

    init?(argument: String) {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let port = Int(parts.last!), (0...65535).contains(port) else { return nil }
        if parts.count == 2 {
            guard !parts[0].isEmpty else { return nil }
            host = String(parts[0])
        }
        self.port = port
    }
}
