// swift-tools-version:6.0
import PackageDescription

/// Exclusivity checks are off in the VM only: its hot loop mutates frames through unsafe pointers
/// (docs/internals.md has the measurement behind it).
let vmSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
]

let package = Package(
    name: "wand",
    products: [
        .executable(name: "wand", targets: ["Wand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .target(name: "CVMSupport"),
        .target(name: "CVMIntrinsics"),
        .target(name: "CElf", linkerSettings: [.linkedLibrary("elf")]),
        .target(name: "CUnwind", linkerSettings: [.linkedLibrary("unwind-ptrace"), .linkedLibrary("unwind-generic"), .linkedLibrary("lzma")]),
        .target(name: "CPtrace"),
        .target(
            name: "VM",
            dependencies: ["CVMSupport", "CVMIntrinsics", .product(name: "BigInt", package: "BigInt")],
            // Python modules reach the binary through the generated EmbeddedLibrary.swift (scripts/embed-library.py).
            exclude: ["Library/__future__.py", "Library/abc.py", "Library/collections", "Library/functools.py", "Library/itertools.py", "Library/pyperf.py"],
            swiftSettings: vmSettings
        ),
        .target(name: "DAPServer", dependencies: ["VM", "CVMSupport"]),
        .target(name: "Injector", dependencies: ["CVMSupport", "CElf", "CUnwind", "CPtrace"]),
        .executableTarget(
            name: "Wand",
            dependencies: [
                "VM", "DAPServer", "Injector",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc replaces glibc's malloc for the whole process: every Python object is a
            // Swift allocation, and glibc's consolidation of freed chunks cost 20-25 % of
            // allocation-heavy benchmarks (docs/internals.md).
            linkerSettings: [.linkedLibrary("mimalloc")]
        ),
        .testTarget(name: "VMTests", dependencies: ["VM"]),
        .testTarget(name: "DAPServerTests", dependencies: ["DAPServer"]),
        .testTarget(name: "InjectorTests", dependencies: ["Injector"]),
        .testTarget(name: "WandTests", dependencies: ["Wand", "Injector"]),
    ],
    swiftLanguageModes: [.v5]
)
