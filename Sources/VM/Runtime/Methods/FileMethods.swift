// The methods of file objects: reading (text decoded and its newlines translated as `open`'s
// `newline` says), writing, seeking, closing and the with-statement and iteration protocols.

#if canImport(Glibc)
import Glibc
#endif

extension VM {
    /// Adds a method of file objects; every one but `close` fails on a closed file, as in CPython.
    private func addFileMethod(_ type: PyType, _ name: String, allowedWhenClosed: Bool = false, _ body: @escaping (VM, PyFile, CallArguments) throws(PyError) -> Value) {
        let qualifiedName = "_IOBase.\(name)"
        addMethod(type, name) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            let file = try vm.receiver(arguments, PyFile.self, qualifiedName)
            if file.isClosed && !allowedWhenClosed { throw vm.valueError("I/O operation on closed file.") }
            return try body(vm, file, arguments)
        }
    }

    private func addFileProperty(_ type: PyType, _ name: String, _ getter: @escaping (VM, PyFile) -> Value) {
        let function = builtinFunction(name, owner: type) { (vm: VM, arguments: CallArguments) throws(PyError) -> Value in
            getter(vm, try vm.receiver(arguments, PyFile.self, "_IOBase.\(name)"))
        }
        type.dict.insertOrReplace(key: intern(name), value: permanent(PyDescriptor(type: propertyType, getter: function)))
    }

    func installFileMethods(_ type: PyType, textType: PyType) {
        installFileReading(type)
        installFileWriting(type)
        addFileMethod(type, "seek") { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "seek", 1, 2)
            let offset = try vm.index(arguments[1])
            let whence = try arguments.argument(at: 2).map { (value) throws(PyError) -> Int in try vm.index(value) } ?? 0
            guard (0...2).contains(whence) else { throw vm.valueError("invalid whence (\(whence), should be 0, 1 or 2)") }
            if !file.isBinary {
                if whence == 1 && offset != 0 { throw vm.error(vm.fileTypes.unsupportedOperation, "can't do nonzero cur-relative seeks") }
                if whence == 2 && offset != 0 { throw vm.error(vm.fileTypes.unsupportedOperation, "can't do nonzero end-relative seeks") }
            }
            if whence == 0 && offset < 0 { throw vm.valueError("negative seek position \(offset)") }
            try vm.flushFile(file)
            let target = whence == 1 ? file.position() + offset : offset
            file.discardReadAhead()
            let result = lseek(file.descriptor, off_t(target), whence == 2 ? SEEK_END : SEEK_SET)
            if result < 0 { throw vm.osError(errno, path: nil) }
            return vm.int(Int(result))
        }
        addFileMethod(type, "tell") { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "tell")
            try vm.flushFile(file)
            return vm.int(file.position())
        }
        addFileMethod(type, "truncate") { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "truncate", 0, 1)
            try vm.requireWritable(file)
            try vm.flushFile(file)
            // A text file truncates at its binary layer's position, which is past what the
            // text layer read ahead (CPython's `TextIOWrapper.truncate` passes None down).
            if file.isBinary { file.discardReadAhead() }
            var size = file.position() + file.unreadCount
            if let value = arguments.argument(at: 1), !value.isNone { size = try vm.index(value) }
            if ftruncate(file.descriptor, off_t(size)) != 0 { throw vm.osError(errno, path: nil) }
            return vm.int(size)
        }
        addFileMethod(type, "flush") { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectNoArguments(arguments, "flush")
            try vm.flushFile(file)
            return .none
        }
        for name in ["close", "__exit__"] {
            addFileMethod(type, name, allowedWhenClosed: true) { (vm: VM, file: PyFile, _: CallArguments) throws(PyError) -> Value in
                if !file.isClosed, let failure = file.close() { throw vm.osError(failure, path: nil) }
                return .none
            }
        }
        addFileMethod(type, "__enter__") { (_: VM, _: PyFile, arguments: CallArguments) throws(PyError) -> Value in arguments[0] }
        addFileMethod(type, "__iter__") { (_: VM, _: PyFile, arguments: CallArguments) throws(PyError) -> Value in arguments[0] }
        addFileMethod(type, "fileno") { (vm: VM, file: PyFile, _: CallArguments) throws(PyError) -> Value in vm.int(Int(file.descriptor)) }
        addFileMethod(type, "isatty") { (_: VM, file: PyFile, _: CallArguments) throws(PyError) -> Value in Value(isatty(file.descriptor) != 0) }
        addFileMethod(type, "readable") { (_: VM, file: PyFile, _: CallArguments) throws(PyError) -> Value in Value(file.isReadable) }
        addFileMethod(type, "writable") { (_: VM, file: PyFile, _: CallArguments) throws(PyError) -> Value in Value(file.isWritable) }
        addFileMethod(type, "seekable") { (_: VM, file: PyFile, _: CallArguments) throws(PyError) -> Value in Value(lseek(file.descriptor, 0, SEEK_CUR) >= 0) }
        addFileMethod(type, "__repr__", allowedWhenClosed: true) { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            let type = vm.typeOf(arguments[0])
            let name = try vm.repr(file.name)
            if file.isBinary { return vm.str("<\(type.module).\(type.name) name=\(name)>") }
            return vm.str("<\(type.module).\(type.name) name=\(name) mode=\(VM.quote(file.mode)) encoding=\(VM.quote(file.encodingName))>")
        }
        addFileProperty(type, "closed") { (_: VM, file: PyFile) -> Value in Value(file.isClosed) }
        addFileProperty(type, "name") { (_: VM, file: PyFile) -> Value in file.name }
        addFileProperty(type, "mode") { (vm: VM, file: PyFile) -> Value in vm.str(file.mode) }
        addFileProperty(textType, "encoding") { (vm: VM, file: PyFile) -> Value in vm.str(file.encodingName) }
    }

    private func requireReadable(_ file: PyFile) throws(PyError) {
        if !file.isReadable { throw error(fileTypes.unsupportedOperation, file.isBinary ? "read" : "not readable") }
    }

    private func requireWritable(_ file: PyFile) throws(PyError) {
        if !file.isWritable { throw error(fileTypes.unsupportedOperation, file.isBinary ? "write" : "not writable") }
    }

    private func flushFile(_ file: PyFile) throws(PyError) {
        if let failure = file.flushWrites() { throw osError(failure, path: nil) }
    }

    // MARK: reading

    private func installFileReading(_ type: PyType) {
        addFileMethod(type, "read") { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "read", 0, 1)
            try vm.requireReadable(file)
            let size = try arguments.argument(at: 1).flatMap { (value) throws(PyError) -> Int? in value.isNone ? nil : try vm.index(value) }
            if let size, size >= 0 { return try vm.readFile(file, count: size) }
            while try vm.fillReadBuffer(file) {}
            return try vm.fileResult(file, vm.takeRead(file, upTo: file.readBuffer.count))
        }
        addFileMethod(type, "readline") { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "readline", 0, 1)
            try vm.requireReadable(file)
            let size = try arguments.argument(at: 1).flatMap { (value) throws(PyError) -> Int? in value.isNone ? nil : try vm.index(value) }
            return try vm.readLine(file, limit: size.flatMap { $0 < 0 ? nil : $0 })
        }
        addFileMethod(type, "readlines") { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "readlines", 0, 1)
            try vm.requireReadable(file)
            // With a hint, reading stops after the line that takes the total past it.
            let hint = try arguments.argument(at: 1).flatMap { (value) throws(PyError) -> Int? in value.isNone ? nil : try vm.index(value) }
            var lines: [Value] = []
            var total = 0
            while true {
                let line = try vm.readLine(file, limit: nil)
                let length = try vm.length(line)
                if length == 0 { break }
                lines.append(line)
                total += length
                if let hint, hint > 0, total > hint { break }
            }
            return vm.list(lines)
        }
        addFileMethod(type, "__next__") { (vm: VM, file: PyFile, _: CallArguments) throws(PyError) -> Value in
            try vm.requireReadable(file)
            let line = try vm.readLine(file, limit: nil)
            if try vm.length(line) == 0 { throw PyError(vm.makeException(vm.exceptionType("StopIteration"), [])) }
            return line
        }
    }

    /// Reads more of the file into its buffer, without the VM lock (the read may block);
    /// false at the end of the file.
    private func fillReadBuffer(_ file: PyFile) throws(PyError) -> Bool {
        try flushFile(file)
        if file.readOffset > 0 {
            file.readBuffer.removeFirst(file.readOffset)
            file.readOffset = 0
        }
        let chunkSize = 65536
        let start = file.readBuffer.count
        file.readBuffer.append(contentsOf: repeatElement(0, count: chunkSize))
        let descriptor = file.descriptor
        var count = 0
        repeat {
            count = file.readBuffer.withUnsafeMutableBufferPointer { buffer in
                withVMLockReleased { Glibc.read(descriptor, buffer.baseAddress! + start, chunkSize) }
            }
        } while count < 0 && errno == EINTR
        file.readBuffer.removeLast(chunkSize - max(count, 0))
        if count < 0 { throw osError(errno, path: nil) }
        return count > 0
    }

    /// The buffered bytes from the reader's position to `end`, consumed.
    private func takeRead(_ file: PyFile, upTo end: Int) -> ArraySlice<UInt8> {
        let bytes = file.readBuffer[file.readOffset..<end]
        file.readOffset = end
        return bytes
    }

    /// Bytes read, as `bytes` for a binary file and decoded text, its newlines translated when
    /// `newline=None`, for a text file.
    private func fileResult(_ file: PyFile, _ bytes: ArraySlice<UInt8>) throws(PyError) -> Value {
        guard let codec = file.codec else { return track(PyBytes(type: bytesType, Array(bytes))) }
        if file.newline == .universal && bytes.contains(13) {
            var translated: [UInt8] = []
            translated.reserveCapacity(bytes.count)
            var position = bytes.startIndex
            while position < bytes.endIndex {
                if bytes[position] == 13 {
                    translated.append(10)
                    if position + 1 < bytes.endIndex && bytes[position + 1] == 10 { position += 1 }
                } else {
                    translated.append(bytes[position])
                }
                position += 1
            }
            return str(try decode(translated[...], codec: codec, errors: file.errors))
        }
        return str(try decode(bytes, codec: codec, errors: file.errors))
    }

    /// `read(count)`: `count` bytes of a binary file, `count` characters of a text file.
    private func readFile(_ file: PyFile, count: Int) throws(PyError) -> Value {
        // A character takes at most 4 bytes, or 2 for `\r\n`; one more tells `\r` from `\r\n`.
        let needed = file.isBinary ? count : (count > Int.max / 8 ? Int.max : 4 * count + 1)
        while file.unreadCount < needed, try fillReadBuffer(file) {}
        guard let codec = file.codec else { return try fileResult(file, takeRead(file, upTo: file.readOffset + min(count, file.unreadCount))) }
        var end = file.readOffset
        var characters = 0
        file.readBuffer.withUnsafeBufferPointer { bytes in
            while characters < count && end < bytes.count {
                let lead = bytes[end]
                if lead == 13 && file.newline == .universal && end + 1 < bytes.count && bytes[end + 1] == 10 {
                    end += 2
                } else if codec == .utf8 && lead >= 0xC0 {
                    end = min(end + (lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)), bytes.count)
                } else {
                    end += 1
                }
                characters += 1
            }
        }
        return try fileResult(file, takeRead(file, upTo: end))
    }

    /// The next line (up to `limit` characters or bytes), consumed; empty at the end of the file.
    private func readLine(_ file: PyFile, limit: Int?) throws(PyError) -> Value {
        var scanned = 0
        var atEnd = false
        while true {
            if let end = lineEnd(file, scanningFrom: file.readOffset + scanned, atEnd: atEnd) ?? (atEnd ? file.readBuffer.count : nil) {
                let lineStart = file.readOffset
                let line = try fileResult(file, takeRead(file, upTo: end))
                guard let limit else { return line }
                if let bytes = line.as(PyBytes.self), bytes.bytes.count > limit {
                    file.readOffset = lineStart + limit
                    return track(PyBytes(type: bytesType, Array(bytes.bytes.prefix(limit))))
                }
                if let text = line.as(PyStr.self), text.count > limit {
                    let kept = text.substring(0..<limit)
                    file.readOffset = lineStart + (file.codec == .utf8 ? kept.utf8.count : limit)
                    return str(kept)
                }
                return line
            }
            // A `\r` at the end of the buffer may begin a `\r\n`: scan it again after filling.
            scanned = max(0, file.unreadCount - 1)
            atEnd = !(try fillReadBuffer(file))
        }
    }

    /// Where the line starting at the reader's position ends (past its terminator), scanning
    /// from `start`; nil when the buffer holds no complete line yet.
    private func lineEnd(_ file: PyFile, scanningFrom start: Int, atEnd: Bool) -> Int? {
        let newline = file.isBinary ? NewlineMode.fixed([10]) : file.newline
        let lineStart = file.readOffset
        return file.readBuffer.withUnsafeBufferPointer { bytes -> Int? in
            var position = start
            switch newline {
            case .fixed(let terminator):
                while position < bytes.count {
                    if bytes[position] == terminator.last!, terminator.count == 1 || (position > lineStart && bytes[position - 1] == 13) {
                        return position + 1
                    }
                    position += 1
                }
            case .universal, .untranslated:
                while position < bytes.count {
                    switch bytes[position] {
                    case 10: return position + 1
                    case 13:
                        if position + 1 < bytes.count { return bytes[position + 1] == 10 ? position + 2 : position + 1 }
                        return atEnd ? position + 1 : nil
                    default: position += 1
                    }
                }
            }
            return nil
        }
    }

    // MARK: writing

    private func installFileWriting(_ type: PyType) {
        addFileMethod(type, "write") { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "write", 1, 1)
            return vm.int(try vm.write(arguments[1], to: file))
        }
        addFileMethod(type, "writelines") { (vm: VM, file: PyFile, arguments: CallArguments) throws(PyError) -> Value in
            try vm.expectPositional(arguments, "writelines", 1, 1)
            try vm.requireWritable(file)
            let iterator = try vm.getIterator(arguments[1])
            while let line = try vm.nextItem(iterator) { _ = try vm.write(line, to: file) }
            return .none
        }
    }

    /// `file.write(value)`: returns the number of characters (text) or bytes written.
    func write(_ value: Value, to file: PyFile) throws(PyError) -> Int {
        if file.isClosed { throw valueError("I/O operation on closed file.") }
        try requireWritable(file)
        let (bytes, written) = try encodedForFile(file, value)
        file.discardReadAhead()
        if let failure = file.bufferWrite(bytes) { throw osError(failure, path: nil) }
        return written
    }

    /// The bytes that writing `value` puts in the file, and the count `write` returns.
    private func encodedForFile(_ file: PyFile, _ value: Value) throws(PyError) -> ([UInt8], Int) {
        guard let codec = file.codec else {
            guard let bytes = value.as(PyBytes.self) else { throw typeError("a bytes-like object is required, not '\(typeName(value))'") }
            return (bytes.bytes, bytes.bytes.count)
        }
        guard let text = value.as(PyStr.self) else { throw typeError("write() argument must be str, not \(typeName(value))") }
        let bytes = codec == .utf8 ? Array(text.value.utf8) : try encode(text, encoding: codec.name, errors: file.errors)
        // In the three codecs byte 10 encodes only `\n`.
        if case .fixed(let terminator) = file.newline, terminator != [10], bytes.contains(10) {
            return (bytes.flatMap { $0 == 10 ? terminator : [$0] }, text.count)
        }
        return (bytes, text.count)
    }
}
