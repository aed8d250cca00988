// Special methods of native types that modules define (`_collections.deque`, `array.array`).
// The protocol functions (`len`, subscripting, `in`, iteration, comparisons, operators, `repr`,
// truth) handle the core built-in types in Swift and fall back to these methods for other
// native objects, as CPython's type slots let any extension type take part.

extension VM {
    /// The special method `name` of a native type a module defines, unless it is `object`'s
    /// default, which the protocol functions already implement. The core built-in types (each
    /// with a layout of its own) have native special methods too, for direct calls and
    /// `super()`; the protocol functions implement those themselves, with CPython's messages.
    func nativeSpecialMethod(_ type: PyType, _ name: PyStr) -> Value? {
        guard type.layout == .object, let method = type.lookup(name), let function = method.as(PyBuiltinFunction.self),
              function.owner != nil, function.owner !== objectType else { return nil }
        return method
    }

    /// A rich comparison through native `__eq__` / `__lt__` / …, trying the reflected method of
    /// the right operand when the left one returns NotImplemented; nil when neither decides.
    func nativeComparison(_ left: Value, _ right: Value, _ operation: ComparisonOperation) throws(PyError) -> Value? {
        if let method = nativeSpecialMethod(typeOf(left), comparisonMethodName(operation)) {
            let result = try call(method, [left, right])
            if result != notImplemented { return result }
        }
        if let method = nativeSpecialMethod(typeOf(right), comparisonMethodName(operation.reflected)) {
            let result = try call(method, [right, left])
            if result != notImplemented { return result }
        }
        return nil
    }

    /// `operation.methodName` interned through the literal table: comparisons of types and
    /// other native objects (`type(x) == int`) pass here and must stay cheap.
    private func comparisonMethodName(_ operation: ComparisonOperation) -> PyStr {
        switch operation {
        case .less: identifier("__lt__")
        case .lessEqual: identifier("__le__")
        case .equal: identifier("__eq__")
        case .notEqual: identifier("__ne__")
        case .greater: identifier("__gt__")
        case .greaterEqual: identifier("__ge__")
        }
    }

    /// A binary operator through native `__add__` / `__iadd__` / `__mul__` / `__rmul__` …;
    /// nil when no native method takes the operands.
    func nativeBinaryOperation(_ operation: BinaryOperation, _ left: Value, _ right: Value, inPlace: Bool) throws(PyError) -> Value? {
        let (forward, reflected, inPlaceName) = operation.methodNames
        let leftType = typeOf(left)
        if inPlace, let method = nativeSpecialMethod(leftType, intern(inPlaceName)) {
            let result = try call(method, [left, right])
            if result != notImplemented { return result }
        }
        if let method = nativeSpecialMethod(leftType, intern(forward)) {
            let result = try call(method, [left, right])
            if result != notImplemented { return result }
        }
        if let method = nativeSpecialMethod(typeOf(right), intern(reflected)) {
            let result = try call(method, [right, left])
            if result != notImplemented { return result }
        }
        return nil
    }
}
