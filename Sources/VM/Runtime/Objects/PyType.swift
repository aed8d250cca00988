// Type objects: name, bases, method resolution order and the attribute dictionary.

/// How a type's instances are laid out in Swift: the nearest built-in base decides it, so a
/// user subclass of `list` is still a `PyList`.
public enum Layout: UInt8, Sendable {
    case object, int, float, bool, none, notImplemented, ellipsis, str, bytes, list, tuple, dict, set, frozenset
    case function, builtinFunction, method, type, module, baseException, range, slice, cell, iterator
    case dictView, property, staticMethod, classMethod, superObject, code, generator, random
}

public final class PyType: PyObject {
    public var name: String
    public var module: String
    public var bases: [PyType]
    public let dict: PyDict
    public let layout: Layout
    /// Whether Python code may subclass it (`bool`, `NoneType`, … may not).
    public let isSubclassable: Bool
    /// Whether instances carry a `__dict__` (instances of classes defined in Python do).
    public let instancesHaveDict: Bool
    /// The only attributes instances may have (interned), when this class and every class it
    /// inherits from declare `__slots__`; nil when they may have any.
    public var slotNames: [PyStr]?
    /// The names of the attributes instances keep inline (`PyInstance`), in the order the
    /// first instance to have each added them. Interned, hence never collected.
    var instanceKeys: [PyStr] = []
    /// Where a built-in type's constructor is in `VM.constructors`; -1 for none.
    var constructorIndex = -1
    /// Whether that constructor keeps every value it holds rooted, so that the interpreter may
    /// call it without blocking collections (see `VM.defineConstructor`).
    var constructorRootsWhatItHolds = false
    /// Whether `__abstractmethods__` names methods still abstract, so that instantiating fails.
    public var isAbstract = false

    init(metatype: PyType?, name: String, module: String = "builtins", bases: [PyType], dict: PyDict, layout: Layout, isSubclassable: Bool = true, instancesHaveDict: Bool = false) {
        self.name = name
        self.module = module
        self.bases = bases
        self.dict = dict
        self.layout = layout
        self.isSubclassable = isSubclassable
        self.instancesHaveDict = instancesHaveDict
        super.init(type: metatype)
        dict.belongsToType = true
    }

    /// A new MRO changes what lookups find.
    public var mro: [PyType] = [] {
        didSet { AttributeCache.invalidateAll() }
    }

    public override func traverse(_ marker: inout Marker) {
        marker.mark(dict)
        for base in bases { marker.mark(base) }
        for entry in mro { marker.mark(entry) }
    }

    public func isSubtype(of other: PyType) -> Bool {
        self === other || mro.contains { $0 === other }
    }

    /// Looks `name` up along the MRO, as `type.__getattribute__` does for class attributes.
    public func lookup(_ name: PyStr) -> Value? {
        guard name.isInterned else { return lookupAlongMRO(name) }
        return AttributeCache.lookup(self, name) { lookupAlongMRO(name) }
    }

    private func lookupAlongMRO(_ name: PyStr) -> Value? {
        for type in mro {
            if let value = type.dict.lookupString(name) { return value }
        }
        return nil
    }

    /// C3 linearisation; nil when the bases admit no consistent order.
    static func linearize(_ type: PyType) -> [PyType]? {
        var sequences = type.bases.map { $0.mro } + [type.bases]
        var result: [PyType] = [type]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            guard let head = sequences.lazy.map({ $0[0] }).first(where: { candidate in
                !sequences.contains { $0.dropFirst().contains { $0 === candidate } }
            }) else { return nil }
            result.append(head)
            sequences = sequences.map { $0[0] === head ? Array($0.dropFirst()) : $0 }
        }
    }
}
