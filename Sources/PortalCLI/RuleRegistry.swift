import PortalChecks
import PortalImport
import PortalLoader
import PortalModel

/// Every rule portal reports, from every stage (so it lives at the top, where
/// every stage is in sight), with its severity and one
/// line on what it means: the README's tables and the fixture sites are
/// checked against this list, so a new rule cannot land undocumented.
public enum RuleRegistry {
    /// The built-in rules and the identities of the built-in forms, sorted by stage, then id.
    public static var all: [Rule] {
        let formRules = FormLoader.builtInForms().forms.values.flatMap(Checker.rules(of:))
        var seen = Set<String>()
        return (Rule.loaderRules + Rule.themeRules + Checker.rules + formRules + Rule.importRules)
            .filter { seen.insert($0.id).inserted }
            .sorted { ($0.stage.rawValue, $0.id) < ($1.stage.rawValue, $1.id) }
    }

    public static func rule(_ id: String) -> Rule? {
        all.first { $0.id == id }
    }
}
