// A file opened by `open()`: its descriptor, what its mode allows, and its buffers.

#if canImport(Glibc)
import Glibc
#endif

/// How a text file's lines end (`open(newline=...)`).
enum NewlineMode: Equatable {
    /// `None`: reading turns `\r\n` and `\r` into `\n`.
    case universal
    /// `""`: lines end at any of `\n`, `\r\n`, `\r`, which are kept as they are.
    case untranslated
    /// `"\n"`, `"\r"` or `"\r\n"`: lines end at this one, which writing puts for each `\n`.
    case fixed([UInt8])
}

/// An open file. Reads come through `readBuffer` (from `readOffset` on); writes collect in
/// `writeBuffer` until it fills, the file is flushed, sought, read or closed, or the program
/// opens another file or ends — see `OpenFileRegistry`.
final class PyFile: PyObject {
    private(set) var descriptor: Int32
    let name: Value
    /// The mode as `f.mode` shows it.
    let mode: String
    let isReadable: Bool
    let isWritable: Bool
    /// The text encoding; nil for a binary file.
    let codec: TextCodec?
    /// The encoding as `f.encoding` shows it.
    let encodingName: String
    let errors: String
    let newline: NewlineMode
    var readBuffer: [UInt8] = []
    var readOffset = 0
    var writeBuffer: [UInt8] = []
    private let registry: OpenFileRegistry

    init(type: PyType, descriptor: Int32, name: Value, mode: String, isReadable: Bool, isWritable: Bool, codec: TextCodec?, encodingName: String, errors: String, newline: NewlineMode, registry: OpenFileRegistry) {
        self.descriptor = descriptor
        self.name = name
        self.mode = mode
        self.isReadable = isReadable
        self.isWritable = isWritable
        self.codec = codec
        self.encodingName = encodingName
        self.errors = errors
        self.newline = newline
        self.registry = registry
        super.init(type: type)
        registry.unclosedCount += 1
    }

    deinit {
        if !isClosed { _ = close() }
    }

    var isClosed: Bool { descriptor < 0 }
    var isBinary: Bool { codec == nil }
    var unreadCount: Int { readBuffer.count - readOffset }

    /// Queues bytes for writing, writing them out once the buffer is large.
    func bufferWrite(_ bytes: [UInt8]) -> Int32? {
        writeBuffer.append(contentsOf: bytes)
        if writeBuffer.count >= 65536 { return flushWrites() }
        registry.noteBufferedOutput(self)
        return nil
    }

    /// Writes the buffered output; the errno of a failure.
    func flushWrites() -> Int32? {
        defer { registry.forget(self) }
        var offset = 0
        while offset < writeBuffer.count {
            let written = writeBuffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let failure = errno
                writeBuffer.removeAll()
                return failure
            }
            offset += written
        }
        writeBuffer.removeAll(keepingCapacity: true)
        return nil
    }

    /// Drops what was read ahead, moving the descriptor back to where the reader is.
    func discardReadAhead() {
        if unreadCount > 0 { lseek(descriptor, off_t(-unreadCount), SEEK_CUR) }
        readBuffer.removeAll(keepingCapacity: true)
        readOffset = 0
    }

    /// The reader's position in bytes.
    func position() -> Int {
        Int(lseek(descriptor, 0, SEEK_CUR)) - unreadCount
    }

    /// Flushes and closes; the errno of a failed flush.
    func close() -> Int32? {
        let failure = flushWrites()
        registry.unclosedCount -= 1
        Glibc.close(descriptor)
        descriptor = -1
        readBuffer = []
        readOffset = 0
        return failure
    }

    override func traverse(_ marker: inout Marker) { marker.mark(name) }
}

/// The files with buffered output, and how many files are open. CPython closes a file as soon
/// as nothing refers to it, so `open(p, "w").write(s)` puts `s` on disk at once; here the
/// collector frees the file later, so opening another file, and the end of the program, flush
/// every pending output first, and many open files make the next safe point collect, so that
/// a loop of `open(p).read()` does not run out of descriptors.
final class OpenFileRegistry {
    private var pending: [ObjectIdentifier: Unmanaged<PyFile>] = [:]
    /// Files opened and not yet closed (by `close()`, `with`, or the collector).
    var unclosedCount = 0
    /// The open-file count at which `open` asks for a collection: twice what survived the
    /// last one, so that programs keeping many files open do not collect at every `open`.
    private var collectionTrigger = OpenFileRegistry.minimumTrigger
    private var collectionsSeen = 0
    private static let minimumTrigger = 128

    /// Whether a collection should run before more files are opened.
    func wantsCollection(collections: Int) -> Bool {
        if collections != collectionsSeen {
            collectionsSeen = collections
            collectionTrigger = max(Self.minimumTrigger, 2 * unclosedCount)
        }
        return unclosedCount >= collectionTrigger
    }

    func noteBufferedOutput(_ file: PyFile) {
        pending[ObjectIdentifier(file)] = Unmanaged.passUnretained(file)
    }

    func forget(_ file: PyFile) {
        if !pending.isEmpty { pending[ObjectIdentifier(file)] = nil }
    }

    func flushAll() {
        for file in pending.values { _ = file.takeUnretainedValue().flushWrites() }
    }
}
