import Foundation
import PortalModel
import PortalRender

/// What `serve` adds to HTML responses, and only to responses: the files
/// on disk never contain it.
enum PageDecoration {
    static let eventsPath = "/__portal/events"
    static let statusPath = "/__portal/status"

    /// Reloads the page when the server reports a new build. EventSource
    /// reconnects by itself when the server restarts.
    static let liveReloadScript = """
    <script>(function(){var s=new EventSource("\(eventsPath)");s.addEventListener("build",function(){location.reload();});s.addEventListener("pages",function(e){if(e.data.split(" ").indexOf(location.pathname.replace(/index\\.html$/,""))>=0)location.reload();});})();</script>
    """

    static func decorate(_ html: Data, status: BuildStatus.Snapshot) -> Data {
        var addition = ""
        if status.failed { addition += overlay(status.errors) }
        addition += liveReloadScript
        guard var text = String(data: html, encoding: .utf8) else { return html }
        if let range = text.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            text.insert(contentsOf: addition + "\n", at: range.lowerBound)
        } else {
            text += addition
        }
        return Data(text.utf8)
    }

    /// Every problem of the failed build, escaped, over the last good page.
    static func overlay(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        var html = """
        <div id="portal-build-errors" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;font:14px/1.6 ui-monospace,monospace;padding:2rem">
        <h2 style="color:#ff8080;margin:0 0 1rem;font-size:1.2rem">构建失败：\(errors) 个错误（显示的是上一次成功构建的页面）</h2>
        <ol style="padding-left:1.5rem">
        """
        for diagnostic in diagnostics {
            html += "<li style=\"margin-bottom:.75rem\"><code style=\"color:#9fd3ff\">\(HTML.escape(diagnostic.location.description))</code> "
            html += "<strong style=\"color:\(diagnostic.severity == .error ? "#ff8080" : "#ffd166")\">\(diagnostic.severity.rawValue)[\(HTML.escape(diagnostic.rule))]</strong><br>\(HTML.escape(diagnostic.message))"
            if let hint = diagnostic.hint { html += "<br><span style=\"color:#bbb\">hint: \(HTML.escape(hint))</span>" }
            html += "</li>\n"
        }
        html += "</ol><p style=\"color:#bbb\">修改后保存，页面会自动刷新。</p></div>\n"
        return html
    }
}
