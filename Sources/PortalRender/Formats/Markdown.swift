import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Narrative sections are CommonMark, rendered by cmark.
public enum Markdown {
    /// Renders Markdown to HTML. cmark's default options are its safe mode:
    /// raw HTML and `javascript:` links are dropped, so a narrative cannot
    /// inject markup into the portal.
    public static func html(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        let rendered: String? = markdown.utf8CString.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                  let output = cmark_markdown_to_html(base, buffer.count - 1, options) else { return nil }
            defer { free(output) }
            return String(cString: output)
        }
        return rendered ?? ""
    }
}
