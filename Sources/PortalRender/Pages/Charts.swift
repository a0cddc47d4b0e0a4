import Foundation

/// Bar charts drawn at build time as inline SVG: no script, no chart
/// library, readable when printed. Every chart stands next to a table with
/// the same numbers, which is what assistive technology reads.
enum Chart {
    struct Bar {
        var label: String
        var value: Decimal
    }

    /// Horizontal bars, one per row (rankings, breakdowns).
    static func horizontal(_ bars: [Bar], title: String) -> String {
        let width = 640.0, labelWidth = 220.0, rowHeight = 26.0, valueSpace = 60.0
        let height = Double(bars.count) * rowHeight + 8
        let maximum = max(bars.map { NSDecimalNumber(decimal: $0.value).doubleValue }.max() ?? 0, 1)
        var svg = header(width: width, height: height, title: title)
        for (index, bar) in bars.enumerated() {
            let y = 4 + Double(index) * rowHeight
            let value = NSDecimalNumber(decimal: bar.value).doubleValue
            let length = (width - labelWidth - valueSpace) * value / maximum
            svg += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(y + 17))\" text-anchor=\"end\" class=\"chart-label\">\(HTML.escape(clip(bar.label, 14)))</text>"
            svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 4))\" width=\"\(f(max(length, value > 0 ? 1 : 0)))\" height=\"\(f(rowHeight - 8))\" class=\"chart-bar\"/>"
            svg += "<text x=\"\(f(labelWidth + length + 6))\" y=\"\(f(y + 17))\" class=\"chart-value\">\(HTML.escape(bar.value.plainText))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Vertical bars along a time axis (an agency's years).
    static func columns(_ bars: [Bar], title: String) -> String {
        let width = 640.0, height = 220.0, bottom = 28.0, top = 20.0
        let slot = width / Double(max(bars.count, 1))
        let barWidth = min(slot * 0.6, 64)
        let maximum = max(bars.map { NSDecimalNumber(decimal: $0.value).doubleValue }.max() ?? 0, 1)
        var svg = header(width: width, height: height, title: title)
        svg += "<line x1=\"0\" y1=\"\(f(height - bottom))\" x2=\"\(f(width))\" y2=\"\(f(height - bottom))\" class=\"chart-axis\"/>\n"
        for (index, bar) in bars.enumerated() {
            let value = NSDecimalNumber(decimal: bar.value).doubleValue
            let barHeight = (height - bottom - top) * value / maximum
            let x = Double(index) * slot + (slot - barWidth) / 2
            let center = Double(index) * slot + slot / 2
            svg += "<rect x=\"\(f(x))\" y=\"\(f(height - bottom - barHeight))\" width=\"\(f(barWidth))\" height=\"\(f(barHeight))\" class=\"chart-bar\"/>"
            svg += "<text x=\"\(f(center))\" y=\"\(f(height - bottom - barHeight - 5))\" text-anchor=\"middle\" class=\"chart-value\">\(HTML.escape(bar.value.plainText))</text>"
            svg += "<text x=\"\(f(center))\" y=\"\(f(height - 8))\" text-anchor=\"middle\" class=\"chart-label\">\(HTML.escape(bar.label))</text>\n"
        }
        return svg + "</svg>\n"
    }

    private static func header(width: Double, height: Double, title: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTML.escape(title))\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>\(HTML.escape(title))</title>\n"
    }

    private static func clip(_ text: String, _ count: Int) -> String {
        text.count > count ? String(text.prefix(count - 1)) + "…" : text
    }

    /// Coordinates with one decimal, the same on every platform.
    private static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
