import Foundation
import PortalModel

/// A web page → lines (see HTMLDocumentReader).
enum HTMLExtractor {
    static func lines(of data: Data, path: String) -> Result<[SourceLine], ImportFailure> {
        .failure(.error("import-unknown-format", at: SourceLocation(path: path), "web pages cannot be imported yet"))
    }
}
