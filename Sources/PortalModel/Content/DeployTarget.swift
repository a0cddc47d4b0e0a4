/// Where `portal deploy` publishes the built site (`deploy:` in site.yaml).
///
/// Both kinds keep releases side by side under `path/releases/<id>/` and
/// point `path/current` at the live one; the web server serves `current`.
public struct DeployTarget: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A folder on this machine or a mounted share.
        case folder
        /// `user@host`, reached with ssh and rsync.
        case ssh(destination: String, port: Int?, identity: String?, options: [String])
    }

    public var name: String
    public var kind: Kind
    /// The folder that holds `releases/` and `current` on the target.
    public var path: String
    /// How many releases to keep besides the live one (older ones are removed).
    public var keep: Int
    /// A deploy that would remove more files than this stops unless forced.
    public var maxDeletions: Int
    /// Extra rsync arguments (e.g. `--bwlimit=2000`).
    public var rsyncOptions: [String]
    public var location: SourceLocation

    public init(name: String, kind: Kind, path: String, keep: Int = 5, maxDeletions: Int = 50,
                rsyncOptions: [String] = [], location: SourceLocation) {
        self.name = name
        self.kind = kind
        self.path = path
        self.keep = keep
        self.maxDeletions = maxDeletions
        self.rsyncOptions = rsyncOptions
        self.location = location
    }
}
