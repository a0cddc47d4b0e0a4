// swift-tools-version:6.0
import PackageDescription

// The pipeline reads left to right, and dependencies only point left
// (PortalSupport, small helpers, is below everything):
// PortalModel ← PortalLoader ─┐
//             ← PortalChecks ─┤
//             ← PortalRender ─┼─ PortalBuild ← PortalServer ─┐
//             ← PortalWrite ──┘        ↑                      ├─ PortalCLI ← portal (executable)
//                    ↖ PortalDeploy ───┼──────────────────────┘
// PortalServer also uses PortalLoader (LoadCache) and PortalRender (HTML.escape);
// PortalImport (published files → content) uses PortalLoader and PortalChecks;
// PortalCLI also uses PortalLoader (Scaffold, for `portal new`) and holds the rule registry.
let package = Package(
    name: "TransparencyPortal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "portal", targets: ["portal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "CPortalSystem"),
        .target(name: "PortalSupport"),
        .target(name: "PortalModel"),
        .target(
            name: "PortalLoader",
            dependencies: ["PortalModel", "PortalSupport", "CPortalSystem", "Yams", .product(name: "Crypto", package: "swift-crypto")],
            // The form files are carried in the program (scripts/embed-forms → BuiltInFormFiles.swift).
            exclude: ["Forms"]
        ),
        .target(name: "PortalChecks", dependencies: ["PortalModel", "PortalSupport"]),
        .target(
            name: "PortalRender",
            dependencies: ["PortalModel", "PortalSupport", "CCmark", "CZlib", .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "PortalWrite",
            dependencies: ["PortalModel", "PortalSupport", "CPortalSystem", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "PortalBuild",
            dependencies: ["PortalModel", "PortalSupport", "PortalLoader", "PortalChecks", "PortalRender", "PortalWrite"]
        ),
        .target(name: "PortalDeploy", dependencies: ["PortalModel", "PortalWrite"]),
        .target(
            name: "PortalServer",
            dependencies: ["PortalModel", "PortalSupport", "PortalLoader", "PortalRender", "PortalBuild", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "PortalImport",
            dependencies: ["PortalModel", "PortalSupport", "PortalLoader", "PortalChecks", "CLibXML2", "CZlib",
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "PortalCLI",
            dependencies: ["PortalModel", "PortalSupport", "PortalLoader", "PortalBuild", "PortalServer", "PortalDeploy", "PortalImport",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "portal", dependencies: ["PortalCLI"]),
        .target(name: "PortalTestSupport", dependencies: ["PortalModel"], path: "Tests/PortalTestSupport"),
        .testTarget(name: "PortalModelTests", dependencies: ["PortalModel"]),
        .testTarget(name: "PortalLoaderTests", dependencies: ["PortalLoader", "PortalTestSupport"]),
        .testTarget(name: "PortalChecksTests", dependencies: ["PortalChecks", "PortalLoader", "PortalBuild", "PortalTestSupport"],
                    exclude: ["Fixtures", "NARRATIVE-CHECKS.md"]),
        .testTarget(name: "PortalRenderTests", dependencies: ["PortalRender", "PortalLoader", "PortalChecks", "PortalTestSupport",
                                                                  .product(name: "Mustache", package: "swift-mustache")],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "PortalWriteTests", dependencies: ["PortalWrite", "PortalTestSupport"]),
        .testTarget(name: "PortalBuildTests", dependencies: ["PortalBuild", "PortalLoader", "PortalTestSupport"]),
        .testTarget(name: "PortalServerTests", dependencies: ["PortalServer", "PortalTestSupport"]),
        .testTarget(name: "PortalImportTests", dependencies: ["PortalImport", "PortalLoader", "PortalChecks", "PortalRender", "PortalBuild", "PortalCLI", "PortalTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "PortalCLITests", dependencies: ["PortalCLI", "PortalTestSupport"]),
        .testTarget(name: "PortalDeployTests", dependencies: ["PortalDeploy", "PortalBuild", "PortalTestSupport"]),
    ]
)
