import Testing
@testable import DAPServer

@Suite struct PathMapperTests {
    let mapper = PathMapper([
        PathMapping(localRoot: "/home/me/project/", remoteRoot: "/app"),
        PathMapping(localRoot: "/home/me/project/vendor", remoteRoot: "/opt/vendor"),
    ])

    @Test func mapsEditorPathsToTargetPathsAndBack() {
        #expect(mapper.remote("/home/me/project/main.py") == "/app/main.py")
        #expect(mapper.local("/app/main.py") == "/home/me/project/main.py")
    }

    @Test func theLongestRootWins() {
        #expect(mapper.remote("/home/me/project/vendor/lib.py") == "/opt/vendor/lib.py")
        #expect(mapper.local("/opt/vendor/lib.py") == "/home/me/project/vendor/lib.py")
    }

    @Test func leavesPathsOutsideEveryRootAlone() {
        #expect(mapper.remote("/home/me/projectile/x.py") == "/home/me/projectile/x.py")
        #expect(mapper.local("/application/x.py") == "/application/x.py")
    }
}
