// Methods of tuple: index and count, shared with list.

extension VM {
    func installTupleMethods() {
        addMethod(tupleType, "index") { vm, args throws(PyError) in
            let tuple = try vm.receiver(args, PyTuple.self, "tuple.index")
            if let position = try vm.sequenceIndexMethod(args, "tuple.index", tuple.items) { return vm.int(position) }
            throw vm.valueError("tuple.index(x): x not in tuple")
        }
        addMethod(tupleType, "count") { vm, args throws(PyError) in
            let item = try vm.onlyArgument(args, "tuple.count")
            return vm.int(try vm.occurrenceCount(of: item, in: try vm.receiver(args, PyTuple.self, "tuple.count").items))
        }
    }
}
