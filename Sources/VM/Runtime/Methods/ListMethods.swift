// Methods of list, and the stable sort behind list.sort and sorted().

extension VM {
    func installListMethods() {
        // Runs for subclasses of list (directly or through super()); list() itself is a constructor.
        addMethod(listType, "__init__") { vm, args throws(PyError) in
            let list = try vm.receiver(args, PyList.self, "list.__init__")
            try vm.expectPositional(args, "list", 0, 1)
            list.items = args.count == 2 ? try vm.collect(args[1]) : []
            return .none
        }
        addMethod(listType, "append") { vm, args throws(PyError) in
            let item = try vm.onlyArgument(args, "list.append")
            try vm.receiver(args, PyList.self, "list.append").items.append(item)
            return .none
        }
        addMethod(listType, "extend") { vm, args throws(PyError) in
            let iterable = try vm.onlyArgument(args, "list.extend")
            let list = try vm.receiver(args, PyList.self, "list.extend")
            // A list's items are copied before appending, so `a.extend(a)` doubles it once.
            let items: [Value]
            if let source = iterable.as(PyList.self) { items = source.items } else { items = try vm.collect(iterable) }
            list.items.append(contentsOf: items)
            return .none
        }
        addMethod(listType, "insert") { vm, args throws(PyError) in
            try vm.expectPositional(args, "list.insert", 2, 2)
            let list = try vm.receiver(args, PyList.self, "list.insert")
            let requested = try vm.index(args[1])
            let count = list.items.count
            let position = requested < 0 ? max(requested + count, 0) : min(requested, count)
            list.items.insert(args[2], at: position)
            return .none
        }
        addMethod(listType, "pop") { vm, args throws(PyError) in
            try vm.expectPositional(args, "list.pop", 0, 1)
            let list = try vm.receiver(args, PyList.self, "list.pop")
            let requested = try args.argument(at: 1).map { (value) throws(PyError) -> Int in try vm.index(value) } ?? -1
            guard !list.items.isEmpty else { throw vm.indexError("pop from empty list") }
            let position = requested < 0 ? requested + list.items.count : requested
            guard list.items.indices.contains(position) else { throw vm.indexError("pop index out of range") }
            return list.items.remove(at: position)
        }
        addMethod(listType, "remove") { vm, args throws(PyError) in
            let item = try vm.onlyArgument(args, "list.remove")
            let list = try vm.receiver(args, PyList.self, "list.remove")
            // Re-reads the list on every step: `__eq__` may change it.
            var position = 0
            while position < list.items.count {
                if try vm.equals(list.items[position], item) {
                    if position < list.items.count { list.items.remove(at: position) }
                    return .none
                }
                position += 1
            }
            throw vm.valueError("list.remove(x): x not in list")
        }
        addMethod(listType, "index") { vm, args throws(PyError) in
            let list = try vm.receiver(args, PyList.self, "list.index")
            if let position = try vm.sequenceIndexMethod(args, "list.index", list.items) { return vm.int(position) }
            throw vm.valueError("\(try vm.repr(args[1])) is not in list")
        }
        addMethod(listType, "count") { vm, args throws(PyError) in
            let item = try vm.onlyArgument(args, "list.count")
            return vm.int(try vm.occurrenceCount(of: item, in: try vm.receiver(args, PyList.self, "list.count").items))
        }
        addMethod(listType, "reverse") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "list.reverse")
            try vm.receiver(args, PyList.self, "list.reverse").items.reverse()
            return .none
        }
        addMethod(listType, "copy") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "list.copy")
            return vm.list(try vm.receiver(args, PyList.self, "list.copy").items)
        }
        addMethod(listType, "clear") { vm, args throws(PyError) in
            try vm.expectNoArguments(args, "list.clear")
            try vm.receiver(args, PyList.self, "list.clear").items.removeAll()
            return .none
        }
        addMethod(listType, "sort") { vm, args throws(PyError) in
            let list = try vm.receiver(args, PyList.self, "list.sort")
            let bound = try vm.bindMethodArguments(args, "sort", ["key", "reverse"], positionalLimit: 0)
            let key = bound[0].flatMap { $0.isNone ? nil : $0 }
            let reverse = try bound[1].map { (value) throws(PyError) -> Bool in try vm.index(value) != 0 } ?? false
            // As in CPython the list looks empty while it is sorted, so a key function or
            // comparison that changes it can be detected afterwards.
            var items = list.items
            list.items = []
            do throws(PyError) {
                try vm.sortValues(&items, key: key, reverse: reverse)
            } catch {
                if list.items.isEmpty { list.items = items }
                throw error
            }
            guard list.items.isEmpty else {
                list.items = items
                throw vm.valueError("list modified during sort")
            }
            list.items = items
            return .none
        }
    }

    /// `index(x[, start[, stop]])` of list and tuple: the first position of an item equal to x.
    func sequenceIndexMethod(_ args: CallArguments, _ qualifiedName: String, _ items: [Value]) throws(PyError) -> Int? {
        try expectPositional(args, qualifiedName, 1, 3)
        let bounds = try sliceBounds(args.argument(at: 2), args.argument(at: 3), length: items.count, allowsNone: false)
        guard bounds.start < bounds.end else { return nil }
        for position in bounds.start..<bounds.end where try equals(items[position], args[1]) { return position }
        return nil
    }

    func occurrenceCount(of item: Value, in items: [Value]) throws(PyError) -> Int {
        var count = 0
        for candidate in items where try equals(candidate, item) { count += 1 }
        return count
    }

    /// Sorts as `list.sort` and `sorted` do: stably, by `key` when given, and with `reverse`
    /// keeping equal items in their original order, as CPython's reverse-sort-reverse does.
    func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws(PyError) {
        // The key runs even for a single item, as in CPython.
        guard items.count > 1 || key != nil && !items.isEmpty else { return }
        if reverse { items.reverse() }
        if let key {
            var pairs: [(key: Value, item: Value)] = []
            pairs.reserveCapacity(items.count)
            for item in items { pairs.append((try call(key, [item]), item)) }
            let isLess = orderingFunction(pairs.map(\.key))
            try StableSort.sort(&pairs) { (a, b) throws(PyError) -> Bool in try isLess(a.key, b.key) }
            items = pairs.map(\.item)
        } else {
            try StableSort.sort(&items, by: orderingFunction(items))
        }
        if reverse { items.reverse() }
    }

    /// `<` for a list of keys: direct comparisons when they are all small ints or all exact strs,
    /// as CPython's `unsafe_*_compare` shortcuts do, else the general comparison.
    private func orderingFunction(_ keys: [Value]) -> (Value, Value) throws(PyError) -> Bool {
        if keys.allSatisfy(\.isSmallInt) {
            return { (a, b) throws(PyError) -> Bool in a.smallInt < b.smallInt }
        }
        if keys.allSatisfy({ $0.isObject && $0.object.type === strType }) {
            return { (a, b) throws(PyError) -> Bool in VM.compareText((a.object as! PyStr).value, (b.object as! PyStr).value) < 0 }
        }
        return { [unowned self] (a, b) throws(PyError) -> Bool in try lessThan(a, b) }
    }
}

/// A stable merge sort whose comparison may raise, which `MutableCollection.sort` cannot do.
enum StableSort {
    /// Runs this short are insertion-sorted before merging.
    private static let runLength = 16

    static func sort<Element>(_ elements: inout [Element], by isLess: (Element, Element) throws(PyError) -> Bool) throws(PyError) {
        let count = elements.count
        var runStart = 0
        while runStart < count {
            let runEnd = min(runStart + runLength, count)
            for index in (runStart + 1)..<runEnd {
                let item = elements[index]
                var position = index
                while position > runStart, try isLess(item, elements[position - 1]) {
                    elements[position] = elements[position - 1]
                    position -= 1
                }
                elements[position] = item
            }
            runStart = runEnd
        }
        var buffer = elements
        var width = runLength
        while width < count {
            var start = 0
            while start < count {
                let middle = min(start + width, count)
                let end = min(start + 2 * width, count)
                try merge(elements, start..<middle, middle..<end, into: &buffer, by: isLess)
                start = end
            }
            swap(&elements, &buffer)
            width *= 2
        }
    }

    /// Merges two adjacent sorted runs into the same positions of `output`, taking from the
    /// left run on ties so equal elements keep their order.
    private static func merge<Element>(_ elements: [Element], _ leftRun: Range<Int>, _ rightRun: Range<Int>, into output: inout [Element],
                                       by isLess: (Element, Element) throws(PyError) -> Bool) throws(PyError) {
        var left = leftRun.lowerBound
        var right = rightRun.lowerBound
        var next = leftRun.lowerBound
        // Runs already in order (common for nearly sorted input) need one comparison.
        if rightRun.isEmpty { output.replaceSubrange(leftRun, with: elements[leftRun]); return }
        if try !isLess(elements[right], elements[leftRun.upperBound - 1]) {
            output.replaceSubrange(leftRun.lowerBound..<rightRun.upperBound, with: elements[leftRun.lowerBound..<rightRun.upperBound])
            return
        }
        while left < leftRun.upperBound && right < rightRun.upperBound {
            if try isLess(elements[right], elements[left]) {
                output[next] = elements[right]
                right += 1
            } else {
                output[next] = elements[left]
                left += 1
            }
            next += 1
        }
        for index in left..<leftRun.upperBound {
            output[next] = elements[index]
            next += 1
        }
        for index in right..<rightRun.upperBound {
            output[next] = elements[index]
            next += 1
        }
    }
}
