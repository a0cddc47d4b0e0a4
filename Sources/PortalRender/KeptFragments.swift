import Foundation
import PortalModel

/// What the joined downloads take of each report (its line in the joined
/// JSON and wide CSVs, its report.json deflated for the year's archive),
/// kept by `portal serve` between patches, by the report's folder.
///
/// A patch renders only what an edit reaches (`RenderScope`), but the
/// portal's joined files and a year's archive list every report: without
/// these, each patch made 10,000 lines again and read back and deflated a
/// year's 2,500 report.json files (1.9 s of a patch at 10,000 reports).
/// Fragments are stored whenever a report's are made; a report outside a
/// patch's scope is one nothing it is made of has changed since, in an
/// output no one else wrote meanwhile (serve checks the manifest, and a
/// whole build starts over with `removeAll`).
public final class KeptFragments: @unchecked Sendable {
    private let lock = NSLock()
    private var fragments: [String: Downloads.Fragments] = [:]
    private var head: JSONArrayFile.Parts?

    public init() {}

    /// The portal's JSON document before and after its list of reports
    /// (every agency's summary), as the last patch made it.
    var portalHead: JSONArrayFile.Parts? {
        get { lock.withLock { head } }
        set { lock.withLock { head = newValue } }
    }

    func fragments(of folder: String) -> Downloads.Fragments? {
        lock.withLock { fragments[folder] }
    }

    func store(_ folder: String, _ made: Downloads.Fragments) {
        lock.withLock { fragments[folder] = made }
    }

    /// Forgets everything (a whole build starts over).
    public func removeAll() {
        lock.withLock {
            fragments.removeAll()
            head = nil
        }
    }
}

/// What `portal serve` keeps between patches so that a patch does not redo
/// every report's share of the files that join all reports.
public struct KeptBetweenPatches: Sendable {
    public let fragments = KeptFragments()
    public let search = KeptSearch()

    public init() {}

    /// Forgets everything (a whole build starts over).
    public func removeAll() {
        fragments.removeAll()
        search.removeAll()
    }
}
