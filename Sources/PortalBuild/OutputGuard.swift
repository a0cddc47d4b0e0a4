import Foundation
import PortalModel
import PortalWrite

/// Refuses output folders whose replacement would destroy something: the
/// site's own sources, or a folder that was not built by portal.
enum OutputGuard {
    static func check(_ output: URL, siteRoot: URL) throws {
        let out = output.resolvingSymlinksInPath().path
        let root = siteRoot.resolvingSymlinksInPath().path
        if out == "/" || out == root || root.hasPrefix(out + "/") {
            throw refusal(output, "refusing to build into the site folder itself", hint: "choose a folder of its own, e.g. public")
        }
        for source in ["content", "theme"].map({ siteRoot.appendingPathComponent($0).resolvingSymlinksInPath().path })
        where out == source || out.hasPrefix(source + "/") {
            throw refusal(output, "refusing to build inside the site's sources (\(source))", hint: "choose a folder outside content/ and theme/, e.g. public")
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw refusal(output, "refusing to build into a file", hint: "move the file away, or choose another --output")
        }
        let contents = (try? fm.contentsOfDirectory(atPath: out)) ?? []
        if !contents.isEmpty, !contents.contains(Manifest.fileName) {
            throw refusal(output, "refusing to replace a folder that portal did not build (it has no \(Manifest.fileName))", hint: "move its files away, or choose another --output")
        }
    }

    private static func refusal(_ output: URL, _ message: String, hint: String) -> Failure {
        Failure(step: "prepare", path: output.path, message, hint: hint)
    }
}
