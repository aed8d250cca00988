// The error every formatting entry point throws; the VM turns it into the matching Python exception.

/// A formatting failure described the way CPython reports it.
///
/// `kind` names the Python exception class and `message` is its argument, so the VM raises
/// `kind`(`message`). For `.keyError` the message is the missing key itself (Python prints its repr).
/// `.propagated` carries an error thrown by one of the VM's own callbacks (a failing `__str__`,
/// a mapping whose `__getitem__` raised) through the formatter unchanged, in `underlying`.
public struct FormatError: Error, Equatable {
    public enum Kind: Sendable, Equatable {
        case valueError, typeError, keyError, indexError, overflowError, propagated
    }

    public var kind: Kind
    public var message: String
    public var underlying: (any Error)?

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
        self.underlying = nil
    }

    /// Wraps an error raised by VM code called back from the formatter, to be rethrown as is.
    public static func propagating(_ error: any Error) -> FormatError {
        var wrapped = FormatError(.propagated, "\(error)")
        wrapped.underlying = error
        return wrapped
    }

    public static func valueError(_ message: String) -> FormatError { FormatError(.valueError, message) }
    public static func typeError(_ message: String) -> FormatError { FormatError(.typeError, message) }
    public static func overflowError(_ message: String) -> FormatError { FormatError(.overflowError, message) }

    public static func == (lhs: FormatError, rhs: FormatError) -> Bool {
        lhs.kind == rhs.kind && lhs.message == rhs.message
    }
}
