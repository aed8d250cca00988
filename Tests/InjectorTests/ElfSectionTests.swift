import Testing
import Foundation
@testable import Injector

@Suite struct ElfSectionTests {
    @Test func findsTheTextSectionOfTheRunningBinary() throws {
        let text = try #require(ElfSection.find(named: ".text", inFileAt: "/proc/self/exe"))
        #expect(text.size > 0)
    }

    @Test func returnsNilForAMissingSectionAndForNonElfFiles() throws {
        #expect(ElfSection.find(named: ".no_such_section", inFileAt: "/proc/self/exe") == nil)
        let path = NSTemporaryDirectory() + "not-elf-\(getpid()).txt"
        try "plain text".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(ElfSection.find(named: ".text", inFileAt: path) == nil)
        #expect(ElfSection.find(named: ".text", inFileAt: "/nonexistent/file") == nil)
    }
}
