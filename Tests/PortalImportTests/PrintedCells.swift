import Foundation
@testable import PortalImport

/// The made report's cells as printed (`NAME.cells.json`, make-real-formats.py's oracle), by row, as report.yaml keeps
/// them (`—` as `-`).
enum PrintedCells {
    static func of(_ name: String, in folder: String = "varied-cells") throws -> [String: [String]] {
        let data = try Data(contentsOf: ImportFixtures.own("\(folder)/\(name).cells.json"))
        return try JSONDecoder().decode([String: [String]].self, from: data).mapValues { cells in
            cells.map { CellText.value($0)?.display ?? "unreadable \($0)" }
        }
    }
}
