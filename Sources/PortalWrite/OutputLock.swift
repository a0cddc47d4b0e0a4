import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One build at a time per output folder: `portal build` run twice, or
/// beside `portal serve`, takes turns instead of racing over the staging
/// folder, the swap and the render cache. The lock is `flock` on the
/// folder that holds the output, so it needs no file of its own and goes
/// away with the process, however it ends.
public final class OutputLock {
    private let fd: Int32

    /// Takes the lock for `output`, calling `waiting` once if another build
    /// holds it, then blocking until that build ends.
    public init(for output: URL, waiting: () -> Void = {}) throws {
        let parent = output.standardizedFileURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        fd = open(parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else { return }  // no locking here (some network file systems): go on
            waiting()
            while flock(fd, LOCK_EX) != 0, errno == EINTR {}
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
