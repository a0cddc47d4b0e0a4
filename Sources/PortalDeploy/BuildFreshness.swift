import Foundation
import PortalWrite

/// Refuses to deploy a build older than its sources: what is live must be
/// what the content says now.
public enum BuildFreshness {
    /// Throws `DeployError.notBuilt` when `output` holds no build, and
    /// `.stale` when a file under `content/` or `theme/` changed after it.
    public static func ensure(output: URL, siteRoot: URL) throws {
        let manifest = output.appendingPathComponent(Manifest.fileName)
        guard let built = (try? FileManager.default.attributesOfItem(atPath: manifest.path))?[.modificationDate] as? Date else {
            throw DeployError.notBuilt("\(output.path) holds no built site")
        }
        for folder in ["content", "theme"] {
            let enumerator = FileManager.default.enumerator(at: siteRoot.appendingPathComponent(folder), includingPropertiesForKeys: [.contentModificationDateKey])
            while let url = enumerator?.nextObject() as? URL {
                if let modified = try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate, modified > built {
                    let relative = url.standardizedFileURL.path.replacingOccurrences(of: siteRoot.standardizedFileURL.path + "/", with: "")
                    throw DeployError.stale("the build in \(output.path) is older than \(relative)")
                }
            }
        }
    }
}
