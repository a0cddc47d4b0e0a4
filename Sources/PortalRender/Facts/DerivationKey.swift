import Crypto
import Foundation
import PortalModel
import PortalSupport

/// Everything a report's derived parts read besides what the whole site
/// shares, digested: its reader facts (`ReaderFacts.facts`), its lines in
/// the joined downloads (`Downloads.Fragments`) and its search keys
/// (`SearchIndex.document`) are the same whenever this key is.
///
/// They read the report itself (its folder's digest: report.yaml and the
/// narratives), its agency (name, kind: agency.yaml's digest), its previous
/// year's report (the change since last year compares key figures and
/// `CopiedText` compares the narratives with that report's only) and the
/// checks' problems in its folder, which the facts only count. The
/// program, site.yaml (deadlines, blank cells) and the forms are the same
/// for every report: the cache that keeps the parts is keyed on them as a
/// whole (`DerivedSnapshots`).
package enum DerivationKey {
    /// The format of the key, changed with what the parts read.
    static let version = "portal-derived-1"

    /// nil when the report or its neighbours were not read from files (made
    /// in code, without digests): such parts are never kept.
    package static func of(_ report: Report, agency: Agency?, previous: Report?, acknowledged: Int, open: Int) -> String? {
        guard !report.sourceDigest.isEmpty, let agency, !agency.sourceDigest.isEmpty,
              previous.map({ !$0.sourceDigest.isEmpty }) ?? true else { return nil }
        // The fields joined by NULs, hashed as they come (no joined string,
        // no `Data`: one key per report, 10,000 in every build).
        var hasher = SHA256()
        var first = true
        func add(_ field: String) {
            if !first { withUnsafeBytes(of: UInt8(0)) { hasher.update(bufferPointer: $0) } }
            first = false
            var field = field
            field.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        for field in [Self.version, report.agencySlug, String(report.year), report.sourceDigest, agency.sourceDigest,
                      previous.map { "\($0.year):\($0.sourceDigest)" } ?? "-", String(acknowledged), String(open)] {
            add(field)
        }
        return hasher.finalize().lowercaseHex
    }
}
