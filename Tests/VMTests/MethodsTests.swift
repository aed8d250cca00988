// Runs snippets that call methods of built-in types and compares their output with CPython 3.11's.

import Testing
@testable import VM

/// Runs `source` as a program and returns what it printed.
private func output(of source: String) -> String {
    var printed = ""
    let vm = VM(output: OutputChannel(capture: { printed += $0 }))
    _ = vm.runMain(source: source, filename: "<test>")
    vm.output.flush()
    return printed
}

/// Serialized: the VM keeps process-wide caches (dict versions, class attribute lookups) and
/// supports one VM per process at a time.
@Suite(.serialized) struct MethodsTests {
    @Test func strSplittingAndSearching() {
        #expect(output(of: #"print("  a b  ".split(None, 1), "a,b,,c".rsplit(",", 2), "héllo wörld".find("wö"), "abc".find("", 4))"#)
            == "['a', 'b  '] ['a,b', '', 'c'] 6 -1\n")
    }

    @Test func strErrorsUseCPythonWording() {
        #expect(output(of: """
            for call in [lambda: "".join(["a", 1]), lambda: "a".center(3, "xy"), lambda: "a".split(x=1)]:
                try:
                    call()
                except TypeError as error:
                    print(error)
            """) == "sequence item 1: expected str instance, int found\nThe fill character must be exactly one character long\n'x' is an invalid keyword argument for split()\n")
    }

    @Test func listSortIsStableAndRaisesOnMixedTypes() {
        #expect(output(of: """
            pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
            pairs.sort(key=lambda p: p[0], reverse=True)
            print(pairs)
            try:
                [1, 'a'].sort()
            except TypeError as error:
                print(error)
            """) == "[(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]\n'<' not supported between instances of 'str' and 'int'\n")
    }

    @Test func dictAndSetMethods() {
        #expect(output(of: """
            d = {'a': 1}
            d.update([('b', 2)], c=3)
            print(d.popitem(), d.setdefault('z', 0), dict.fromkeys('ab', 1), d)
            s = set()
            for x in (1, 2, 3, 17):
                s.add(x)
            print(s.union([9, 33]), s.intersection({17, 1}), s.symmetric_difference([2, 40]), s.issubset(range(20)))
            """) == "('c', 3) 0 {'a': 1, 'b': 1} {'a': 1, 'b': 2, 'z': 0}\n{1, 2, 3, 33, 9, 17} {17, 1} {1, 3, 40, 17} True\n")
    }

    @Test func numberMethods() {
        #expect(output(of: "print((-129).to_bytes(2, 'big', signed=True), int.from_bytes(b'\\x01\\x00', 'little'), (0.1).hex(), (2.5).as_integer_ratio())")
            == "b'\\xff\\x7f' 1 0x1.999999999999ap-4 (5, 2)\n")
    }
}
