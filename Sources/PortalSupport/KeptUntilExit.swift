/// Values a command that exits right after its work leaves for the exit to
/// drop: a build's data (10,000 reports whole, their pages' keys, the
/// manifests of 60,000 files) is millions of small allocations, and freeing
/// them one by one cost a one-change rebuild several per cent of its CPU
/// for nothing the process would use again. Only for a process about to
/// exit: anything kept here stays until then.
public enum KeptUntilExit {
    private final class Held {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    /// Whether the command runs as the process, which exits when it ends
    /// (`portal` run from a shell; not a test running it in-process).
    @TaskLocal public static var processExits = false

    /// Keeps `value` (and all it holds) alive until the process exits.
    public static func keep(_ value: Any) {
        _ = Unmanaged.passRetained(Held(value))
    }
}
