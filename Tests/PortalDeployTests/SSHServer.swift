import Foundation
import PortalModel
import PortalTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A real OpenSSH server on 127.0.0.1 and a free port, with a throwaway
/// host key and client key, for as long as the value lives.
final class SSHServer: @unchecked Sendable {
    let folder: URL
    let port: Int
    let clientKey: URL
    private let pid: pid_t

    static let sshd = "/usr/sbin/sshd"

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("portal-sshd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // sshd insists on its privilege-separation folder.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let hostKey = folder.appendingPathComponent("host_key")
        clientKey = folder.appendingPathComponent("client_key")
        for key in [hostKey, clientKey] {
            try Self.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", key.path])
        }
        try FileManager.default.copyItem(at: clientKey.appendingPathExtension("pub"), to: folder.appendingPathComponent("authorized_keys"))
        port = Self.freePort()
        let config = """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(hostKey.path)
        AuthorizedKeysFile \(folder.appendingPathComponent("authorized_keys").path)
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PermitRootLogin prohibit-password
        StrictModes no
        UsePAM no
        PidFile \(folder.appendingPathComponent("sshd.pid").path)
        """
        try config.write(to: folder.appendingPathComponent("sshd_config"), atomically: true, encoding: .utf8)
        // sshd runs as a daemon: in the foreground (-D) it closes the descriptor
        // Foundation's Process watches, which then blocks waiting for it.
        try Self.run(Self.sshd, ["-f", folder.appendingPathComponent("sshd_config").path])
        // The daemon writes its pid file after the launcher has exited.
        var daemon: pid_t = 0
        for _ in 0..<100 where daemon == 0 {
            let text = try? String(contentsOf: folder.appendingPathComponent("sshd.pid"), encoding: .utf8)
            daemon = text.flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
            if daemon == 0 { usleep(50_000) }
        }
        pid = daemon
        try waitUntilListening()
    }

    deinit {
        if pid > 0 {
            kill(pid, SIGTERM)
            // The daemon removes its pid file as it exits: removing the folder
            // meanwhile fails half-way and leaves the rest in /tmp.
            for _ in 0..<100 where kill(pid, 0) == 0 { usleep(20_000) }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    var user: String { NSUserName() }

    /// A deploy target on this server; host keys are throwaway, so they are not remembered.
    func target(path: String, key: URL? = nil, port: Int? = nil, rsyncOptions: [String] = []) -> DeployTarget {
        DeployTarget(name: "server",
                     kind: .ssh(destination: "\(user)@127.0.0.1", port: port ?? self.port, identity: (key ?? clientKey).path,
                                options: ["-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"]),
                     path: path, rsyncOptions: rsyncOptions, location: SourceLocation(path: "content/site.yaml"))
    }

    private func waitUntilListening() throws {
        for _ in 0..<100 {
            if Self.accepts(port) { return }
            usleep(50_000)
        }
        throw SSHServerError.notListening
    }

    static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func run(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SSHServerError.command(program) }
    }

    enum SSHServerError: Error { case notListening, command(String) }
}
