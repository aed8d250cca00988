// The debug agent of one VM: the `_wand` module that programs (and `wand debug` through remote
// exec) call to start the DAP server, and the server once started.

import VM

public final class DebugAgent {
    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 5679

    let vm: VM
    public private(set) var server: DebugServer?

    private init(vm: VM) {
        self.vm = vm
    }

    /// Makes `import _wand` available in `vm`.
    public static func install(on vm: VM) -> DebugAgent {
        let agent = DebugAgent(vm: vm)
        vm.registerNativeModule("_wand") { [unowned agent] vm in agent.makeModule(vm) }
        return agent
    }

    /// Starts the DAP server, or reports the one already serving (the request's address is
    /// then ignored). With `waitForClient`, returns once a client has configured its session.
    @discardableResult
    public func listen(host: String, port: Int, waitForClient: Bool) throws(DebugServerError) -> (server: DebugServer, alreadyServing: Bool) {
        if let server { return (server, true) }
        let started = try DebugServer.start(vm: vm, host: host, port: port)
        server = started
        vm.errorOutput.write("wand: debug adapter listening on \(started.host):\(started.port)\n")
        if waitForClient { started.waitForClient() }
        return (started, false)
    }

    /// Tells an attached client that the program ended with `status`.
    public func programExited(status: Int32) {
        server?.programExited(status: status)
    }

    /// `_wand.listen(port=5679, host="127.0.0.1", wait_for_client=False)` returns (host, port).
    private func makeModule(_ vm: VM) -> PyModule {
        let module = vm.newModule("_wand")
        vm.addFunction(module, "listen") { [unowned self] (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let port = arguments.count > 0 ? arguments[0] : arguments.keyword("port") ?? vm.int(Self.defaultPort)
            let host = arguments.count > 1 ? arguments[1] : arguments.keyword("host") ?? vm.str(Self.defaultHost)
            let wait = arguments.count > 2 ? arguments[2] : arguments.keyword("wait_for_client") ?? .false
            guard let portNumber = vm.machineInt(port), (0...65535).contains(portNumber) else { throw vm.valueError("port must be an int from 0 to 65535") }
            guard let hostName = host.as(PyStr.self)?.value else { throw vm.typeError("host must be a str") }
            let waitForClient = try vm.isTruthy(wait)
            let outcome: (server: DebugServer, alreadyServing: Bool)
            do throws(DebugServerError) {
                outcome = try listen(host: hostName, port: portNumber, waitForClient: waitForClient)
            } catch {
                throw vm.error(vm.exceptionType("OSError"), error.description)
            }
            if outcome.alreadyServing {
                vm.errorOutput.write("wand: debug adapter already listening on \(outcome.server.host):\(outcome.server.port)\n")
            }
            return vm.tuple([vm.str(outcome.server.host), vm.int(outcome.server.port)])
        }
        vm.addFunction(module, "wait_for_client") { [unowned self] (vm: VM, _: CallArguments) throws(PyError) -> Value in
            guard let server else { throw vm.error(vm.exceptionType("RuntimeError"), "the debug adapter is not listening: call _wand.listen() first") }
            server.waitForClient()
            return .none
        }
        return module
    }
}
