import ArgumentParser
import Recoupe

struct Variants: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Spellings of a name under every scheme.")
    @Argument var name: String
    func run() throws {}
}
