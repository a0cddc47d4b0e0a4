#if canImport(Glibc)
import Glibc
#endif

extension UnsafeMutablePointer where Pointee == dirent {
    /// The entry's name, read where `readdir` put it. Not `pointee.d_name`:
    /// that copies the whole 256-byte array, and an entry is only as long
    /// as its name, so the copy reads past the last entry of the buffer
    /// (AddressSanitizer: heap-buffer-overflow in `readdir`'s block).
    public var entryName: String {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        return String(cString: (UnsafeRawPointer(self) + offset).assumingMemoryBound(to: CChar.self))
    }
}
