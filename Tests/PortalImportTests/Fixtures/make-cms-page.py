#!/usr/bin/env python3
"""Makes the filled-in template's web page (variants/template-filled.html) as a government CMS
shows it — a breadcrumb above the title, 发布日期/来源/浏览次数/字体【大 中 小】 under it, 【打印本页】
【关闭窗口】 and the site's footer (主办单位, 网站标识码, ICP备) after the article — for its print by a
browser with the browser's own header and footer (variants/cms-page-chromium.pdf):

    python3 Tests/PortalImportTests/Fixtures/make-cms-page.py
    cd Tests/PortalImportTests/Fixtures/variants
    chromium --headless --no-sandbox --print-to-pdf=cms-page-chromium.pdf file://$PWD/cms-page.html
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    with open(os.path.join(HERE, "variants", "template-filled.html"), encoding="utf-8") as page:
        html = page.read()
    html = html.replace("<body>", '<body><div class="nav">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>', 1)
    html = html.replace("</h1>", '</h1><div class="info">发布日期：2023-01-18　来源：示范区政府办公室　浏览次数：123　字体：【大 中 小】</div>', 1)
    html = html.replace("</body>", '<div>【打印本页】【关闭窗口】</div><div class="footer">主办单位：示例市示范区人民政府办公室　'
                                   '网站标识码：0000000000　示ICP备00000000号</div></body>')
    with open(os.path.join(HERE, "variants", "cms-page.html"), "w", encoding="utf-8") as out:
        out.write(html)


if __name__ == "__main__":
    main()
