import Foundation
import PortalWrite

/// Refuses output folders whose replacement would destroy something: the
/// site's own sources, or a folder that was not built by portal.
enum OutputGuard {
    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    static func check(_ output: URL, siteRoot: URL) throws {
        let out = output.resolvingSymlinksInPath().path
        let root = siteRoot.resolvingSymlinksInPath().path
        if out == "/" || out == root || root.hasPrefix(out + "/") {
            throw Refusal(description: "refusing to build into \(output.path): it holds the site itself; choose a folder of its own, e.g. public")
        }
        for source in ["content", "theme"].map({ siteRoot.appendingPathComponent($0).resolvingSymlinksInPath().path })
        where out == source || out.hasPrefix(source + "/") {
            throw Refusal(description: "refusing to build into \(output.path): it is inside the site's sources (\(source))")
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Refusal(description: "refusing to build into \(output.path): it is a file, not a folder")
        }
        let contents = (try? fm.contentsOfDirectory(atPath: out)) ?? []
        if !contents.isEmpty, !contents.contains(Manifest.fileName) {
            throw Refusal(description: "refusing to replace \(output.path): it holds files that portal did not build (no \(Manifest.fileName)); move them away or choose another output folder")
        }
    }
}
