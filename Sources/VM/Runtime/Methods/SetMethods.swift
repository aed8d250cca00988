// Methods of set and frozenset, building results in the order CPython's setobject.c does.

extension VM {
    func installSetMethods() {
        installSetMutations()
        for type in [setType!, frozensetType!] { installSetQueries(type) }
    }

    /// Methods of set only.
    private func installSetMutations() {
        addMethod(setType, "add") { vm, args throws(PyError) in
            let item = try vm.onlyArgument(args, "set.add")
            try vm.setAdd(try vm.receiver(args, PySet.self, "set.add"), item)
            return .none
        }
        addMethod(setType, "discard") { vm, args throws(PyError) in
            let item = try vm.onlyArgument(args, "set.discard")
            try vm.setRemove(try vm.receiver(args, PySet.self, "set.discard"), item)
            return .none
        }
        addMethod(setType, "remove") { vm, args throws(PyError) in
            let item = try vm.onlyArgument(args, "set.remove")
            guard try vm.setRemove(try vm.receiver(args, PySet.self, "set.remove"), item) else { throw vm.keyError(item) }
            return .none
        }
        addMethod(setType, "pop") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "set.pop")
            let set = try vm.receiver(args, PySet.self, "set.pop")
            // The first element in table order, which is what iteration would yield first.
            guard let slot = set.firstElementSlot else {
                throw vm.error(vm.exceptionType("KeyError"), "pop from an empty set")
            }
            let item = set.element(at: slot)
            set.remove(slot: slot)
            return item
        }
        addMethod(setType, "clear") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "set.clear")
            try vm.receiver(args, PySet.self, "set.clear").removeAll()
            return .none
        }
        addSetMethodWithOthers(setType, "update") { vm, set, others throws(PyError) in
            for other in others { try vm.updateSet(set, with: other) }
            return .none
        }
        addSetMethodWithOthers(setType, "intersection_update") { vm, set, others throws(PyError) in
            set.replaceTable(with: try vm.intersectAll(set, others))
            return .none
        }
        addSetMethodWithOthers(setType, "difference_update") { vm, set, others throws(PyError) in
            for other in others { try vm.removeAll(of: other, from: set) }
            return .none
        }
        addMethod(setType, "symmetric_difference_update") { vm, args throws(PyError) in
            let other = try vm.onlyArgument(args, "set.symmetric_difference_update")
            try vm.toggleAll(of: other, in: try vm.receiver(args, PySet.self, "set.symmetric_difference_update"))
            return .none
        }
    }

    /// Methods of both set and frozenset, which leave the receiver unchanged.
    private func installSetQueries(_ type: PyType) {
        let typeName = type.name
        addMethod(type, "copy") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "\(typeName).copy")
            let set = try vm.receiver(args, PySet.self, "\(typeName).copy")
            if set.type === vm.frozensetType { return args[0] }
            return Value(try vm.copySet(set))
        }
        addSetMethodWithOthers(type, "union") { vm, set, others throws(PyError) in
            let result = try vm.copySet(set)
            for other in others { try vm.updateSet(result, with: other) }
            return Value(result)
        }
        addSetMethodWithOthers(type, "intersection") { vm, set, others throws(PyError) in
            Value(try vm.intersectAll(set, others))
        }
        addSetMethodWithOthers(type, "difference") { vm, set, others throws(PyError) in
            guard let first = others.first else { return Value(try vm.copySet(set)) }
            let result = try vm.difference(set, first)
            for other in others.dropFirst() { try vm.removeAll(of: other, from: result) }
            return Value(result)
        }
        addMethod(type, "symmetric_difference") { vm, args throws(PyError) in
            let other = try vm.onlyArgument(args, "\(typeName).symmetric_difference")
            return Value(try vm.symmetricDifference(try vm.receiver(args, PySet.self, "\(typeName).symmetric_difference"), other))
        }
        addMethod(type, "issubset") { vm, args throws(PyError) in
            let other = try vm.onlyArgument(args, "\(typeName).issubset")
            return Value(try vm.isSubset(try vm.receiver(args, PySet.self, "\(typeName).issubset"), of: other))
        }
        addMethod(type, "issuperset") { vm, args throws(PyError) in
            let other = try vm.onlyArgument(args, "\(typeName).issuperset")
            let set = try vm.receiver(args, PySet.self, "\(typeName).issuperset")
            if let otherSet = other.as(PySet.self) { return Value(try vm.isSubset(otherSet, of: Value(set))) }
            for item in try vm.collect(other) where try !vm.setContains(set, item) { return .false }
            return .true
        }
        addMethod(type, "isdisjoint") { vm, args throws(PyError) in
            let other = try vm.onlyArgument(args, "\(typeName).isdisjoint")
            let set = try vm.receiver(args, PySet.self, "\(typeName).isdisjoint")
            guard let otherSet = other.as(PySet.self) else {
                for item in try vm.collect(other) where try vm.setContains(set, item) { return .false }
                return .true
            }
            let (scanned, probed) = otherSet.count > set.count ? (set, otherSet) : (otherSet, set)
            for item in scanned.elements where try vm.setContains(probed, item) { return .false }
            return .true
        }
    }

    /// Registers a method taking any number of iterables and no keywords (`union`, `update`, …).
    private func addSetMethodWithOthers(_ type: PyType, _ name: String, _ body: @escaping (VM, PySet, [Value]) throws(PyError) -> Value) {
        let qualifiedName = "\(type.name).\(name)"
        addMethod(type, name) { vm, args throws(PyError) in
            try vm.rejectKeywords(args, qualifiedName)
            return try body(vm, try vm.receiver(args, PySet.self, qualifiedName), Array(args.positional.dropFirst()))
        }
    }

    /// A set or frozenset like `set`'s base type: CPython's `make_new_set_basetype`.
    private func emptySet(like set: PySet) -> PySet {
        newSet(frozen: set.type.isSubtype(of: frozensetType))
    }

    /// `set_copy`: the receiver's table copied as it is, so the copy iterates in the same order.
    func copySet(_ set: PySet) throws(PyError) -> PySet {
        let copy = emptySet(like: set)
        try setMerge(copy, set)
        return copy
    }

    /// `set_intersection_multi`: intersects with each iterable in turn.
    private func intersectAll(_ set: PySet, _ others: [Value]) throws(PyError) -> PySet {
        guard !others.isEmpty else { return try copySet(set) }
        var result = set
        for other in others { result = try intersection(result, other) }
        return result
    }

    /// `set_intersection`: with a set it scans the smaller one (the other operand on a tie) and
    /// keeps the scanned elements; with another iterable it keeps that iterable's items.
    func intersection(_ set: PySet, _ other: Value) throws(PyError) -> PySet {
        if other == Value(set) { return try copySet(set) }
        let result = emptySet(like: set)
        if let otherSet = other.as(PySet.self) {
            let (scanned, probed) = otherSet.count > set.count ? (set, otherSet) : (otherSet, set)
            for item in scanned.elements where try setContains(probed, item) { try setAdd(result, item) }
        } else {
            for item in try collect(other) where try setContains(set, item) { try setAdd(result, item) }
        }
        return result
    }

    /// `set_difference`: scans the receiver unless the other operand is much smaller or not a
    /// set or dict, in which case CPython copies the receiver and removes from the copy.
    func difference(_ set: PySet, _ other: Value) throws(PyError) -> PySet {
        let otherSize = other.as(PySet.self)?.count ?? (other.isObject && other.object.type === dictType ? other.as(PyDict.self)?.count : nil)
        guard let otherSize, set.count >> 2 <= otherSize else {
            let result = try copySet(set)
            try removeAll(of: other, from: result)
            return result
        }
        let result = emptySet(like: set)
        for item in set.elements {
            let isShared: Bool
            if let otherSet = other.as(PySet.self) { isShared = try setContains(otherSet, item) } else { isShared = try contains(other, item) }
            if !isShared { try setAdd(result, item) }
        }
        return result
    }

    /// `set_difference_update_internal`.
    func removeAll(of other: Value, from set: PySet) throws(PyError) {
        if other == Value(set) { return set.removeAll() }
        let items: [Value]
        if let source = other.as(PySet.self) { items = source.elements } else { items = try collect(other) }
        for item in items { try setRemove(set, item) }
        set.shedDummies()
    }

    /// `set_symmetric_difference_update`: removes each element of `other` that is present and
    /// adds the rest. A dict is walked in its own order, other iterables as a set of their items.
    func toggleAll(of other: Value, in set: PySet) throws(PyError) {
        if other == Value(set) { return set.removeAll() }
        let items: [Value]
        if let otherSet = other.as(PySet.self) {
            items = otherSet.elements
        } else if other.isObject && other.object.type === dictType {
            items = try collect(other)
        } else {
            let otherSet = emptySet(like: set)
            try updateSet(otherSet, with: other)
            items = otherSet.elements
        }
        for item in items where try !setRemove(set, item) { try setAdd(set, item) }
    }

    /// `set_symmetric_difference`: CPython starts from a copy of the other operand and toggles the
    /// receiver's elements.
    func symmetricDifference(_ set: PySet, _ other: Value) throws(PyError) -> PySet {
        let result = emptySet(like: set)
        try updateSet(result, with: other)
        try toggleAll(of: Value(set), in: result)
        return result
    }

    /// `&`, `|`, `-` and `^` with a keys or items view on either side: a new set, computed the way
    /// dictobject.c's `dictviews_*` functions do (so the order of int elements matches).
    func dictViewSetOperation(_ operation: BinaryOperation, _ left: Value, _ right: Value) throws(PyError) -> Value? {
        switch operation {
        case .bitAnd, .bitOr, .subtract, .bitXor: break
        default: return nil
        }
        guard left.isObject && isSetLikeView(left.object) || right.isObject && isSetLikeView(right.object) else { return nil }
        if operation == .bitAnd { return Value(try viewIntersection(left, right)) }
        if operation == .bitXor, let leftItems = left.as(PyDictView.self), let rightItems = right.as(PyDictView.self), leftItems.kind == .items && rightItems.kind == .items {
            return Value(try itemsSymmetricDifference(leftItems.dict, rightItems.dict))
        }
        let result = newSet()
        try updateSet(result, with: left)
        switch operation {
        case .bitOr: try updateSet(result, with: right)
        case .subtract: try removeAll(of: right, from: result)
        default: try toggleAll(of: right, in: result)
        }
        return Value(result)
    }

    func isSetLikeView(_ object: PyObject) -> Bool { (object as? PyDictView).map { $0.kind != .values } ?? false }

    /// `dictitems_xor`: the right dict's pairs missing from (or different in) the left one, then
    /// the left one's remaining pairs.
    private func itemsSymmetricDifference(_ left: PyDict, _ right: PyDict) throws(PyError) -> PySet {
        let remaining = newDict()
        try dictUpdate(remaining, from: Value(left))
        let result = newSet()
        for (key, value) in right.entries {
            if let mine = try dictGet(remaining, key), try equals(mine, value) {
                _ = try dictRemove(remaining, key)
            } else {
                try setAdd(result, tuple([key, value]))
            }
        }
        for (key, value) in remaining.entries { try setAdd(result, tuple([key, value])) }
        return result
    }

    /// `_PyDictView_Intersect`: the view goes on the left; a larger set intersects itself with the
    /// view, else the smaller operand is scanned and its items kept when the other contains them.
    private func viewIntersection(_ left: Value, _ right: Value) throws(PyError) -> PySet {
        var (view, other) = left.isObject && isSetLikeView(left.object) ? (left, right) : (right, left)
        let viewCount = try length(view)
        if let otherSet = other.as(PySet.self), otherSet.type === setType, viewCount <= otherSet.count {
            return try intersection(otherSet, view)
        }
        if other.isObject && isSetLikeView(other.object), try length(other) > viewCount {
            (view, other) = (other, view)
        }
        let result = newSet()
        for item in try collect(other) where try contains(view, item) { try setAdd(result, item) }
        return result
    }

    /// `set_issubset`: any iterable is first made into a set.
    private func isSubset(_ set: PySet, of other: Value) throws(PyError) -> Bool {
        let otherSet: PySet
        if let existing = other.as(PySet.self) {
            otherSet = existing
        } else {
            otherSet = newSet()
            try updateSet(otherSet, with: other)
        }
        guard set.count <= otherSet.count else { return false }
        for item in set.elements where try !setContains(otherSet, item) { return false }
        return true
    }
}
