// Compiling what a debugger user types at a stopped frame.

extension Compiler {
    /// A lone expression compiles to code that returns its value; anything else compiles as a
    /// module body (returning None). Names resolve through the locals mapping it runs with.
    public static func compileEvaluation(source: String, filename: String, vm: VM) throws(SyntaxError) -> CodeObject {
        let module = try Parser.parseModule(source, filename: filename)
        guard module.body.count == 1, case .expression(let expression) = module.body[0].kind else {
            return try compile(module, filename: filename, source: source, vm: vm)
        }
        let table = try SymbolTableBuilder.build(module, filename: filename, source: source)
        var scopeQueue = ScopeQueue(table.scopes)
        let generator = CodeGenerator(vm: vm, scope: scopeQueue.next(), filename: filename, name: "<module>", qualifiedName: "<module>", firstLine: 1, table: table)
        generator.line = module.body[0].line
        try generator.compile(expression, scopes: &scopeQueue)
        generator.emit(.returnValue)
        return generator.finish(arguments: nil)
    }
}
