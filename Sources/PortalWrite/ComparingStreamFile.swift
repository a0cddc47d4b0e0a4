import Foundation
import PortalModel
#if canImport(Glibc)
import Glibc
#endif

/// A file of a `portal serve` patch, compared with the file in place as it
/// is made: while the bytes are the same, nothing is hashed or written;
/// at the first difference the file in place up to there is copied into a
/// new file (`open`), which takes the rest. A file that ends the same is
/// left as it is (`unchanged`).
///
/// Why: the files that join every report (the portal's JSON and CSVs, a
/// year's) are 100 MB and more at 50,000 reports, and an edit of one report
/// often leaves most of them as they were (a narrative edit changes no
/// figure). Hashing and writing them again was most of a patch.
final class ComparingStreamFile: OutputStreamFile {
    private var old: FileHandle?
    private let open: () throws -> any OutputStreamFile
    private let unchanged: () -> Void
    /// Runs file-system work, naming the file in any error.
    private let writing: (() throws -> Void) throws -> Void
    /// Once the bytes differ: the new file.
    private var writer: (any OutputStreamFile)?
    /// Bytes of the file in place found equal so far.
    private var compared = 0
    /// Bytes of the file in place read ahead, and how many of them are compared.
    private var window = Data()
    private var offset = 0
    private static let chunk = 1 << 20

    init(old: FileHandle, open: @escaping () throws -> any OutputStreamFile, unchanged: @escaping () -> Void,
         writing: @escaping (() throws -> Void) throws -> Void) {
        self.old = old
        self.open = open
        self.unchanged = unchanged
        self.writing = writing
    }

    func append(_ data: Data) throws {
        if let writer { return try writer.append(data) }
        var rest = data[...]
        while !rest.isEmpty {
            if offset == window.count {
                try writing { window = try old?.read(upToCount: Self.chunk) ?? Data() }
                offset = 0
                // The file in place is shorter.
                if window.isEmpty { return try diverge(rest) }
            }
            let count = min(window.count - offset, rest.count)
            let equal = window.withUnsafeBytes { held in
                rest.withUnsafeBytes { made in memcmp(held.baseAddress! + offset, made.baseAddress!, count) == 0 }
            }
            guard equal else { return try diverge(rest) }
            offset += count
            compared += count
            rest = rest.dropFirst(count)
        }
    }

    /// Starts the new file: the equal bytes, copied from the file in place, then `rest`.
    private func diverge(_ rest: Data) throws {
        let writer = try open()
        try writing {
            try old?.seek(toOffset: 0)
            var left = compared
            while left > 0 {
                let piece = try old?.read(upToCount: min(left, Self.chunk)) ?? Data()
                // The file in place shrank while it was compared: another program is writing the output.
                guard !piece.isEmpty else { throw POSIXError(.EIO) }
                try writer.append(piece)
                left -= piece.count
            }
            try old?.close()
        }
        old = nil
        if !rest.isEmpty { try writer.append(rest) }
        self.writer = writer
    }

    func close() throws {
        if writer == nil {
            // Equal so far: the same file only if the one in place ends here too.
            var longer = offset < window.count
            if !longer { try writing { longer = !(try old?.read(upToCount: 1) ?? Data()).isEmpty } }
            if longer { try diverge(Data()) }
        }
        if let writer { return try writer.close() }
        try writing { try old?.close() }
        old = nil
        unchanged()
    }
}
