import Foundation

/// A tmpfs of a given size, mounted for one test and unmounted after.
public final class SmallDisk {
    public let folder: URL

    public init(megabytes: Int, readOnly: Bool = false) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("portal-disk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let options = "size=\(megabytes)m" + (readOnly ? ",ro" : "")
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder.path]) == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw CocoaError(.featureUnsupported)
        }
    }

    deinit {
        _ = Self.run("/bin/umount", [folder.path])
        try? FileManager.default.removeItem(at: folder)
    }

    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
