import PortalCLI

// The command line lives in PortalCLI, so that tests can run it in-process.
await PortalCommand.runProcess()
