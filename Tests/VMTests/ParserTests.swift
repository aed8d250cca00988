// Tests of the lexer and parser against the ASTs and SyntaxErrors CPython 3.11 produces.

import BigInt
import Testing
@testable import VM

private func parse(_ source: String) throws -> [Stmt] {
    try Parser.parseModule(source, filename: "t.py").body
}

private func expression(_ source: String) throws -> Expr {
    let body = try parse(source)
    guard case .expression(let value) = body.first?.kind else {
        Issue.record("not an expression statement: \(source)")
        return Expr(.constant(.none), line: 0, column: 0, endLine: 0, endColumn: 0)
    }
    return value
}

private func syntaxError(_ source: String) -> SyntaxError? {
    do {
        _ = try Parser.parseModule(source, filename: "t.py")
        return nil
    } catch {
        return error
    }
}

private func span(_ expression: Expr) -> [Int] {
    [expression.line, expression.column, expression.endLine, expression.endColumn]
}

/// Expected values below were taken from `python3` 3.11 (`ast.parse` and `compile`).
struct ParserTests {
    @Test func powerBindsTighterThanUnaryMinus() throws {
        let value = try expression("-2**2\n")
        guard case .unary(.minus, let operand) = value.kind, case .binary(_, .power, _) = operand.kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(span(value) == [1, 0, 1, 5])
        #expect(span(operand) == [1, 1, 1, 5])
    }

    @Test func powerIsRightAssociative() throws {
        let value = try expression("a ** b ** c")
        guard case .binary(let left, .power, let right) = value.kind, case .name("a") = left.kind, case .binary(_, .power, _) = right.kind else {
            Issue.record("wrong shape")
            return
        }
    }

    @Test func numberLiterals() throws {
        let cases: [(String, Constant)] = [
            ("1_000", .int(1000)), ("0x_ff", .int(255)), ("0o17", .int(15)), ("0b1010", .int(10)), ("0", .int(0)), ("00", .int(0)),
            ("1.5e3", .float(1500)), (".5", .float(0.5)), ("1.", .float(1)), ("1_0.2_5", .float(10.25)), ("3j", .imaginary(3)),
            ("1.5J", .imaginary(1.5)), ("0.1", .float(0.1)), ("123456789012345678901234567890", .int(BigInt("123456789012345678901234567890", radix: 10)!)),
        ]
        for (source, expected) in cases {
            let value = try expression(source)
            guard case .constant(let constant) = value.kind else {
                Issue.record("not a constant: \(source)")
                continue
            }
            #expect(constant == expected, "\(source)")
        }
    }

    @Test func stringLiteralsAndConcatenation() throws {
        let cases: [(String, Constant)] = [
            (#"'a' "b" '''c'''"#, .string("abc")), (#"r'\n'"#, .string("\\n")), (#"'\x41\u00e9\U0001F600\101\n'"#, .string("Aé😀A\n")),
            (#"b'\x00a' B"b""#, .bytes([0, 97, 98])), (#"Rb'\x'"#, .bytes(Array(#"\x"#.utf8))), (#"'\N{LATIN SMALL LETTER A}'"#, .string("a")),
            ("'a\\\nb'", .string("ab")), (#"'\d'"#, .string("\\d")), (#"u'x'"#, .string("x")),
        ]
        for (source, expected) in cases {
            let value = try expression(source)
            guard case .constant(let constant) = value.kind else {
                Issue.record("not a constant: \(source)")
                continue
            }
            #expect(constant == expected, "\(source)")
        }
    }

    @Test func fStringWithConversionAndNestedSpec() throws {
        let statements = try parse("x = f\"a{b!r:>{w}}c\" \"d\"\n")
        guard case .assign(_, let value) = statements[0].kind, case .joinedString(let parts) = value.kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(span(value) == [1, 4, 1, 23])
        #expect(parts.count == 3)
        guard case .constant(.string("a")) = parts[0].kind,
              case .formattedValue(let field, "r", let spec?) = parts[1].kind,
              case .constant(.string("cd")) = parts[2].kind,
              case .joinedString(let specParts) = spec.kind else {
            Issue.record("wrong parts")
            return
        }
        #expect(span(field) == [1, 8, 1, 9])
        #expect(specParts.count == 2)
    }

    @Test func fStringSelfDocumentingExpression() throws {
        let value = try expression("f\"{x=}\"")
        guard case .joinedString(let parts) = value.kind, case .constant(.string("x=")) = parts[0].kind,
              case .formattedValue(let field, "r", nil) = parts[1].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(span(field) == [1, 3, 1, 4])
        let spaced = try expression("f\"{ x = !s:3}\"")
        guard case .joinedString(let spacedParts) = spaced.kind, case .constant(.string(" x = ")) = spacedParts[0].kind,
              case .formattedValue(_, "s", _?) = spacedParts[1].kind else {
            Issue.record("wrong shape")
            return
        }
    }

    @Test func fStringDoubledBracesAndEmpty() throws {
        let value = try expression("f'{{a}}' f''")
        guard case .joinedString(let parts) = value.kind, parts.count == 1, case .constant(.string("{a}")) = parts[0].kind else {
            Issue.record("wrong shape")
            return
        }
    }

    @Test func generatorAsSoleArgumentSpansTheParentheses() throws {
        let value = try expression("f(x for x in y)")
        guard case .call(_, let arguments, _) = value.kind, case .generatorExpression = arguments[0].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(span(arguments[0]) == [1, 1, 1, 15])
    }

    @Test func subscriptsWithSlices() throws {
        let value = try expression("a[1:2, 3]")
        guard case .subscript(_, let index) = value.kind, case .tuple(let elements) = index.kind, case .slice = elements[0].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(span(index) == [1, 2, 1, 8])
        #expect(span(elements[0]) == [1, 2, 1, 5])
        let stepOnly = try expression("a[::2]")
        guard case .subscript(_, let slice) = stepOnly.kind, case .slice(nil, nil, _?) = slice.kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(span(slice) == [1, 2, 1, 5])
    }

    @Test func functionDefinitionWithAllParameterKinds() throws {
        let statements = try parse("@d\ndef f(a, /, b=1, *c, d, e=2, **k) -> r: pass\n")
        guard case .functionDefinition(let function) = statements[0].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(statements[0].line == 2 && statements[0].column == 0)
        let arguments = function.arguments
        #expect(arguments.positionalOnly.map(\.name) == ["a"])
        #expect(arguments.positional.map(\.name) == ["b"])
        #expect(arguments.varArgs?.name == "c")
        #expect(arguments.keywordOnly.map(\.name) == ["d", "e"])
        #expect(arguments.keywordDefaults.map { $0 == nil } == [true, false])
        #expect(arguments.varKeywords?.name == "k")
        #expect(arguments.defaults.count == 1)
        #expect(arguments.varKeywords?.column == 31)
        #expect(function.decorators.count == 1 && function.returns != nil)
    }

    @Test func classWithBasesAndKeywords() throws {
        let statements = try parse("class C(A, metaclass=M): pass")
        guard case .classDefinition(let definition) = statements[0].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(definition.bases.count == 1)
        #expect(definition.keywords.first?.name == "metaclass")
        #expect(definition.keywords.first?.column == 11)
    }

    @Test func importsWithRelativeLevels() throws {
        let statements = try parse("from ..a.b import c as d, e\nimport a.b as c\nfrom . import (x,)\nfrom m import *\n")
        guard case .importFrom("a.b", let names, 2) = statements[0].kind, case .import(let aliases) = statements[1].kind,
              case .importFrom(nil, _, 1) = statements[2].kind, case .importFrom("m", let star, 0) = statements[3].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(names.map(\.name) == ["c", "e"] && names[0].asName == "d" && names[0].column == 18)
        #expect(aliases[0].name == "a.b" && aliases[0].asName == "c")
        #expect(star[0].name == "*")
    }

    @Test func annotatedAssignmentSimpleFlag() throws {
        let statements = try parse("x: int = 3\n(y): int\n")
        guard case .annotatedAssign(_, _, _?, true) = statements[0].kind, case .annotatedAssign(let target, _, nil, false) = statements[1].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(span(target) == [2, 1, 2, 2])
    }

    @Test func compoundStatementsAndIndentation() throws {
        let source = "try:\n  pass\nexcept E as e:\n  pass\nelse:\n  pass\nfinally:\n  pass\n"
        let statements = try parse(source)
        guard case .try(let body, let handlers, let orElse, let finalBody) = statements[0].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(body.count == 1 && orElse.count == 1 && finalBody.count == 1)
        #expect(handlers[0].name == "e" && handlers[0].line == 3)
        #expect(statements[0].endLine == 8)
        let loops = try parse("for a, *b in c:\n\tif x:\n\t\tbreak\n\telif y: continue\n\telse:\n\t\tpass\nelse:\n    pass\nwhile 1: x += 1\n")
        guard case .for(let target, _, _, let loopElse, false) = loops[0].kind, case .tuple = target.kind, case .while = loops[1].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(loopElse.count == 1)
    }

    @Test func withItemsParenthesizedAndNot() throws {
        let statements = try parse("with (a as b, c): pass\nwith (a, b): pass\nwith a as (x, y), b: pass\n")
        guard case .with(let first, _, false) = statements[0].kind, case .with(let second, _, _) = statements[1].kind,
              case .with(let third, _, _) = statements[2].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(first.count == 2 && first[0].target != nil)
        #expect(second.count == 2 && second[1].target == nil)
        #expect(third.count == 2)
    }

    @Test func comprehensionsAndDisplays() throws {
        let value = try expression("[x for x in y if z for w in v]")
        guard case .listComprehension(_, let generators) = value.kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(generators.count == 2 && generators[0].conditions.count == 1)
        let dict = try expression("{**a, b: c}")
        guard case .dict(let keys, _) = dict.kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(keys.count == 2 && keys[0] == nil)
        for source in ["{x: y for x, y in z}", "{x async for x in y}", "(*a, b)", "[*a]", "{1, 2}", "()", "(yield)", "lambda *a, k=1, **kw: 0", "a if b else c", "not a < b <= c is not d not in e"] {
            _ = try expression(source)
        }
    }

    @Test func walrusChainedAssignmentAndStarredTargets() throws {
        let statements = try parse("a = b = c\n*d, e = f\nif (n := 10) > 5: pass\nx = yield from y\n")
        guard case .assign(let targets, _) = statements[0].kind, case .assign(let starredTargets, _) = statements[1].kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(targets.count == 2)
        guard case .tuple(let elements) = starredTargets[0].kind, case .starred = elements[0].kind else {
            Issue.record("wrong shape")
            return
        }
    }

    @Test func softKeywordMatchIsAnIdentifier() throws {
        let statements = try parse("match = 1\nmatch.x(3)\nprint(match)\n")
        #expect(statements.count == 3)
        let error = syntaxError("match x:\n    case 1: pass\n")
        #expect(error?.message == "the match statement is not supported by wand")
    }

    @Test func sourceDecorationsAreAccepted() throws {
        let statements = try parse("\u{FEFF}# -*- coding: utf-8 -*-\r\nx = 1\r\n\u{0C}\r\nif x:\r\n    y = 2 \\\r\n      + 3\r\nz = 4")
        #expect(statements.count == 3)
        #expect(statements[2].line == 7)
    }

    @Test func expressionEntryPoint() throws {
        let value = try Parser.parseExpression("  1 + 2\n\n", filename: "<string>")
        guard case .binary(_, .add, _) = value.kind else {
            Issue.record("wrong shape")
            return
        }
        #expect(span(value) == [1, 0, 1, 5])
    }

    /// (source, kind, message, line, offset) as CPython 3.11 reports them.
    static let errorCases: [(String, SyntaxError.Kind, String, Int, Int)] = [
        ("x = (1,\n2\n", .syntaxError, "'(' was never closed", 1, 5),
        ("foo(a b)\n", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 5),
        ("f() = 1\n", .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
        ("1 = x\n", .syntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
        ("if x\n  pass\n", .syntaxError, "expected ':'", 1, 5),
        ("if x:\npass\n", .indentationError, "expected an indented block after 'if' statement on line 1", 2, 1),
        ("  x\n", .indentationError, "unexpected indent", 1, 2),
        ("if x:\n    a\n  b\n", .indentationError, "unindent does not match any outer indentation level", 3, 4),
        ("x = 'abc\n", .syntaxError, "unterminated string literal (detected at line 1)", 1, 5),
        ("x = '''abc\n\n", .syntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5),
        ("x = 1a\n", .syntaxError, "invalid decimal literal", 1, 5),
        ("print 'x'\n", .syntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
        ("f(a=1, b)\n", .syntaxError, "positional argument follows keyword argument", 1, 9),
        ("def f(a=1, b): pass\n", .syntaxError, "non-default argument follows default argument", 1, 12),
        ("x = )\n", .syntaxError, "unmatched ')'", 1, 5),
        ("x = (]\n", .syntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6),
        ("f'{'\n", .syntaxError, "f-string: expecting '}'", 1, 5),
        ("f'{}'\n", .syntaxError, "f-string: empty expression not allowed", 1, 6),
        ("f'{x!z}'\n", .syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9),
        ("f'}'\n", .syntaxError, "f-string: single '}' is not allowed", 1, 5),
        ("x = a €\n", .syntaxError, "invalid character '€' (U+20AC)", 1, 7),
        ("x = $\n", .syntaxError, "invalid syntax", 1, 5),
        ("for x in y:\n", .indentationError, "expected an indented block after 'for' statement on line 1", 1, 12),
        ("def f():\n", .indentationError, "expected an indented block after function definition on line 1", 1, 9),
        ("class C:\nx\n", .indentationError, "expected an indented block after class definition on line 1", 2, 1),
        ("try:\nx\n", .indentationError, "expected an indented block after 'try' statement on line 1", 2, 1),
        ("x = (1 +\n", .syntaxError, "'(' was never closed", 1, 5),
        ("if x:\n\tif y:\n        pass\n", .tabError, "inconsistent use of tabs and spaces in indentation", 3, 1),
        ("x = 1 +\n", .syntaxError, "invalid syntax", 1, 8),
        ("a b\n", .syntaxError, "invalid syntax", 1, 3),
        ("x = 0777\n", .syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
        ("x = 1_\n", .syntaxError, "invalid decimal literal", 1, 6),
        ("x = 0x\n", .syntaxError, "invalid hexadecimal literal", 1, 6),
        ("x = yield = 3\n", .syntaxError, "assignment to yield expression not possible", 1, 5),
        ("del f()\n", .syntaxError, "cannot delete function call", 1, 5),
        ("(a, b) += 1\n", .syntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1),
        ("x = [1, 2\ny = 3\n", .syntaxError, "'[' was never closed", 1, 5),
        ("def f(*): pass\n", .syntaxError, "named arguments must follow bare *", 1, 7),
        ("f(**x, *y)\n", .syntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8),
        ("f'{a b}'\n", .syntaxError, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ("f'{!r}'\n", .syntaxError, "f-string: expression required before '!'", 1, 8),
        ("f'{x:{y:{z}}}'\n", .syntaxError, "f-string: expressions nested too deeply", 1, 15),
        ("x += 1 = 2\n", .syntaxError, "invalid syntax", 1, 8),
        ("a, b += 1\n", .syntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1),
        ("while x\n  pass\n", .syntaxError, "expected ':'", 1, 8),
        ("x = 5 if 3\n", .syntaxError, "expected 'else' after 'if' expression", 1, 5),
        ("import a.b as\n", .syntaxError, "invalid syntax", 1, 14),
        ("@\ndef f(): pass\n", .syntaxError, "invalid syntax", 1, 2),
        ("x = 1\n  y = 2\n", .indentationError, "unexpected indent", 2, 2),
        ("f(x for x in y, 1)\n", .syntaxError, "Generator expression must be parenthesized", 1, 3),
        ("else:\n pass\n", .syntaxError, "invalid syntax", 1, 1),
        ("x = 'a' 'b\n", .syntaxError, "unterminated string literal (detected at line 1)", 1, 9),
        ("for x in range(3):\npass\n", .indentationError, "expected an indented block after 'for' statement on line 1", 2, 1),
        ("x = {1: 2, 3}\n", .syntaxError, "':' expected after dictionary key", 1, 12),
    ]

    @Test(arguments: errorCases.indices)
    func syntaxErrorsMatchCPython(_ caseIndex: Int) {
        let (source, kind, message, line, offset) = Self.errorCases[caseIndex]
        let error = syntaxError(source)
        #expect(error?.kind == kind, "\(source.debugDescription)")
        #expect(error?.message == message, "\(source.debugDescription)")
        #expect(error?.line == line, "\(source.debugDescription)")
        #expect(error?.column == offset, "\(source.debugDescription)")
    }

    @Test func errorReportLooksLikeCPython() {
        let error = syntaxError("x = (]\n")
        #expect(error?.report == "  File \"t.py\", line 1\n    x = (]\n         ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n")
    }
}
