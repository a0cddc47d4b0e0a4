import Foundation
import PortalTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a plain socket. Tests need it because
/// ordinary clients clean up request paths (`..`, `%2e%2e`) before sending,
/// and the point is to send exactly what an attacker would.
struct RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data

        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    enum Failure: Error { case connect(Int32), send, timeout, malformed(String) }

    let port: Int

    /// The blocking calls run on a thread of their own: the server's
    /// handlers share Swift's cooperative pool, which a blocked test would starve.
    func get(_ path: String, method: String = "GET", headers: [String: String] = [:]) async throws -> Response {
        try await offThePool { try request(path, method: method, headers: headers) }
    }

    func events(_ path: String, until needle: String, timeout: TimeInterval, whileOpen: @escaping @Sendable () throws -> Void) async throws -> String {
        try await offThePool { try stream(path, until: needle, timeout: timeout, whileOpen: whileOpen) }
    }

    private func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Sends `GET path` (or another method) with extra headers; reads until the server closes.
    func request(_ path: String, method: String = "GET", headers: [String: String] = [:]) throws -> Response {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        let socket = try connect()
        defer { close(socket) }
        try send(socket, text)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { break }
            if count < 0 { throw Failure.timeout }
            data.append(contentsOf: buffer[0..<count])
        }
        return try Self.parse(data, method: method)
    }

    /// Opens a request and reads what arrives until `until` is seen or the time is up.
    func stream(_ path: String, until needle: String, timeout: TimeInterval, whileOpen: () throws -> Void = {}) throws -> String {
        let socket = try connect(receiveTimeout: 0.2)
        defer { close(socket) }
        try send(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        var received = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        var acted = false
        let deadline = Date().addingTimeInterval(TestTime.scaled(timeout))
        while Date() < deadline {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count > 0 { received += String(decoding: buffer[0..<count], as: UTF8.self) }
            if count == 0 { break }
            if !acted && received.contains("\r\n\r\n") {
                acted = true
                try whileOpen()
            }
            if acted && received.contains(needle) { return received }
        }
        return received
    }

    /// `receiveTimeout` is long: on a loaded machine (tests building sites
    /// beside the server) an answer took over 10 s; a healthy one comes at once.
    private func connect(receiveTimeout: Double = 60) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: Int(receiveTimeout), tv_usec: Int((receiveTimeout - Double(Int(receiveTimeout))) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(socket); throw Failure.connect(errno) }
        return socket
    }

    private func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(socket, bytes, bytes.count, 0) == bytes.count else { throw Failure.send }
    }

    static func parse(_ data: Data, method: String) throws -> Response {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure.malformed(String(decoding: data, as: UTF8.self)) }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(head[0]) }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[end.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Response(status: status, headers: headers, body: method == "HEAD" ? Data() : body)
    }

    static func dechunk(_ data: Data) -> Data {
        var result = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self), radix: 16) ?? 0
            if size == 0 { break }
            let start = lineEnd.upperBound
            result.append(rest[start..<(start + size)])
            rest = rest[(start + size + 2)...]
        }
        return result
    }
}
