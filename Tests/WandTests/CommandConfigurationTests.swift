import Testing
@testable import Wand

@Suite struct CommandConfigurationTests {
    @Test func helpNamesTheCommandAndItsPurpose() {
        let help = WandCommand.helpMessage()
        #expect(help.contains("wand"))
        #expect(help.contains("Run programs on the wand VM"))
    }

    @Test func hasAVersion() {
        #expect(!(WandCommand.configuration.version.isEmpty))
    }
}
