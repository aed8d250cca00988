// The time module: wall and monotonic clocks, and sleep.

#if canImport(Glibc)
import Glibc
#endif

extension VM {
    func makeTimeModule() -> PyModule {
        let module = newModule("time")
        func clock(_ name: String, _ id: clockid_t) {
            addFunction(module, name) { (_: VM, _: CallArguments) throws(PyError) -> Value in
                var spec = timespec()
                clock_gettime(id, &spec)
                return Value(Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9)
            }
            addFunction(module, name + "_ns") { (vm: VM, _: CallArguments) throws(PyError) -> Value in
                var spec = timespec()
                clock_gettime(id, &spec)
                return vm.int(Int(spec.tv_sec) * 1_000_000_000 + Int(spec.tv_nsec))
            }
        }
        clock("time", CLOCK_REALTIME)
        clock("monotonic", CLOCK_MONOTONIC)
        clock("perf_counter", CLOCK_MONOTONIC)
        clock("process_time", CLOCK_PROCESS_CPUTIME_ID)
        addFunction(module, "sleep") { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let seconds = try vm.mathArgument(arguments[0])
            if seconds < 0 { throw vm.valueError("sleep length must be non-negative") }
            var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
            var remaining = timespec()
            vm.withVMLockReleased {
                while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
            }
            return .none
        }
        return module
    }
}
