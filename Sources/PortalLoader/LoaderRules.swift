import PortalModel

/// The problems the loader reports: what cannot be read at all, or does
/// not fit the content format. (The checks judge what was read.)
extension Rule {
    public static let yamlSyntax = Rule("yaml-syntax", .error, .load, "a YAML file cannot be parsed, or is empty")
    public static let yamlDuplicateKey = Rule("yaml-duplicate-key", .error, .load, "a key appears twice in one mapping")
    public static let yamlType = Rule("yaml-type", .error, .load, "a value has the wrong shape: a list where one value belongs, text where a whole number belongs")
    public static let encoding = Rule("encoding", .error, .load, "a file is not UTF-8 text")
    public static let io = Rule("io", .error, .load, "a file or folder is missing or cannot be read")
    public static let missingKey = Rule("missing-key", .error, .load, "a required key is missing or empty")
    public static let unknownKey = Rule("unknown-key", .error, .load, "a key the format does not know (with a “did you mean” hint, so that a typo never drops a value)")
    public static let unknownForm = Rule("unknown-form", .error, .load, "a report names a form that is neither built in nor in content/forms")
    public static let yearMismatch = Rule("year-mismatch", .error, .load, "the data file's year and its folder disagree")
    public static let missingTable = Rule("missing-table", .error, .load, "a table of the form is missing from report.yaml")
    public static let missingRow = Rule("missing-row", .error, .load, "a row of the form is missing from a table")
    public static let cellCount = Rule("cell-count", .error, .load, "a row has more or fewer cells than the form's columns")
    public static let cellValue = Rule("cell-value", .error, .load, "text in a number cell, or a number too large to be real")
    public static let cellUnconfirmed = Rule("cell-unconfirmed", .error, .load, "a cell an import marked for confirmation (“575?”: a figure OCR was not sure of; “?”: ink it read nothing from): the build stops until it is compared with the published report and written without “?”")
    public static let missingNarrative = Rule("missing-narrative", .error, .load, "a narrative section's Markdown file is missing")
    public static let slug = Rule("slug", .error, .load, "a folder name is not a slug (lower-case letters, digits and hyphens)")
    public static let agencyKind = Rule("agency-kind", .error, .load, "an agency's kind is not one of government, department, subdistrict, town, other")
    public static let unknownParent = Rule("unknown-parent", .error, .load, "an agency's parent names no agency folder")
    public static let siteConfig = Rule("site-config", .error, .load, "site.yaml holds a value that cannot work (baseURL, output)")
    public static let deadlines = Rule("deadlines", .error, .load, "site.yaml's deadlines: names something that is not an agency kind, or a day that is not MM-DD")
    public static let agencyYears = Rule("agency-years", .error, .load, "an agency's since: or until: is not a year, or since is later than until")
    public static let deployConfig = Rule("deploy-config", .error, .load, "a deploy target in site.yaml is incomplete or the default names none")
    public static let emptySite = Rule("empty-site", .warning, .load, "the portal has no agencies yet")
    public static let unknownFolder = Rule("unknown-folder", .warning, .load, "a folder in an agency that is not a report year")
    public static let duplicateForm = Rule("duplicate-form", .error, .load, "two form files declare the same form id")
    public static let formDefinition = Rule("form-definition", .error, .load, "a form file is not shaped as a form (sections, columns, rules)")
    public static let formDuplicateID = Rule("form-duplicate-id", .error, .load, "a form uses one table, row, column or rule id twice")
    public static let formReference = Rule("form-reference", .error, .load, "a form's rule, section or key figure names a table, row, column or cell it does not define")

    public static let outsideSite = Rule("outside-site", .error, .load, "a file or folder is a symbolic link to something outside the site folder, which is never read or published")
    public static let inputLimit = Rule("input-limit", .error, .load, "a file is larger, deeper or has longer lines than any real content file (report.yaml 1 MB, narrative 2 MB, nesting 32 levels, a YAML line 20,000 bytes)")
    public static let yamlAlias = Rule("yaml-alias", .error, .load, "a YAML file uses anchors and aliases (&name, *name), which content files do not need and which could expand without bound")

    public static let sourceFile = Rule("source-file", .error, .load, "a report's source: names a file that is missing, or not source.<ext> in the report's folder")

    public static let acknowledgement = Rule("acknowledgement", .error, .load, "an acknowledged: entry names no cell of the form or no narrative line, or both")
    public static let corrections = Rule("corrections", .error, .load, "a corrections: entry names a superseded version that is not a .yaml file beside report.yaml")

    /// Every rule the loader may report.
    public static let loaderRules: [Rule] = [
        .yamlSyntax, .yamlDuplicateKey, .yamlType, .encoding, .io, .missingKey, .unknownKey, .unknownForm,
        .yearMismatch, .missingTable, .missingRow, .cellCount, .cellValue, .cellUnconfirmed, .missingNarrative, .slug, .agencyKind,
        .unknownParent, .siteConfig, .deployConfig, .emptySite, .unknownFolder, .duplicateForm, .formDefinition,
        .formDuplicateID, .formReference, .outsideSite, .inputLimit, .yamlAlias, .acknowledgement, .corrections, .sourceFile,
        .deadlines, .agencyYears,
    ]
}
