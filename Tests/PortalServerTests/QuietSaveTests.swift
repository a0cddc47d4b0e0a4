@testable import PortalServer
import Testing

/// Serve saves the render cache once it has been idle after a patch, never
/// while a later patch runs, and the latest patch's save replaces earlier ones.
@Suite("The render cache saved when serve is idle")
struct QuietSaveTests {
    final class Count: @unchecked Sendable {
        var value = 0
    }

    @Test func theSaveOwedRunsWhenNoRunStartedSince() {
        let gate = QuietSave()
        let count = Count()
        gate.started()
        gate.owe { count.value += 1 }
        let run = gate.finished()
        gate.take(ifStillAfter: run)?()
        #expect(count.value == 1)
        // Taken once: a second timer of the same run finds nothing.
        #expect(gate.take(ifStillAfter: run) == nil)
    }

    @Test func aLaterRunPostponesTheSaveAndItsOwnReplacesIt() {
        let gate = QuietSave()
        let saved = Count()
        gate.started()
        gate.owe { saved.value = 1 }
        let first = gate.finished()
        gate.started()
        // The first run's timer fires while the second runs: not now.
        #expect(gate.take(ifStillAfter: first) == nil)
        gate.owe { saved.value = 2 }
        let second = gate.finished()
        #expect(gate.take(ifStillAfter: first) == nil)
        gate.take(ifStillAfter: second)?()
        #expect(saved.value == 2)
    }

    @Test func aFailedRunKeepsTheSaveOwedBeforeIt() {
        let gate = QuietSave()
        let saved = Count()
        gate.started()
        gate.owe { saved.value = 1 }
        _ = gate.finished()
        gate.started()
        gate.owe(nil)  // an edit with errors writes nothing and owes nothing
        let failed = gate.finished()
        gate.take(ifStillAfter: failed)?()
        #expect(saved.value == 1)
    }

    @Test func stoppingServeSavesWhatIsOwed() {
        let gate = QuietSave()
        let saved = Count()
        gate.started()
        gate.owe { saved.value = 1 }
        _ = gate.finished()
        gate.take()?()
        #expect(saved.value == 1)
        #expect(gate.take() == nil)
    }
}
