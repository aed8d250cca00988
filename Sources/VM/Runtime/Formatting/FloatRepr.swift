// repr()/str() of a Python float.

public enum FloatRepr {
    /// `repr(x)` as CPython prints it: shortest round-trip digits, positional from 1e-4 up to 1e16,
    /// `.0` on integral values, `inf`, `-inf`, `nan`, `-0.0`.
    public static func repr(_ x: Double) -> String {
        DoubleToString.convert(x, style: .repr, precision: 0, options: .init(addDotZero: true))
    }
}
