#!/usr/bin/env python3
"""Makes the filled-in template's web page as a district government's portal shows it
(variants/gov-portal-page.html): the article (variants/template-filled.html) inside the
whole page — a top bar (无障碍, 长者模式, 登录), the site's name and search box, the main menu, a
breadcrumb, a side menu of the disclosure column, the article's title and 发布时间/来源/浏览次数/字号
line, and after it 打印/关闭, a QR-code caption, attachments, 上一篇/下一篇, related links and a footer
of several lines (网站地图, 主办/承办, 网站标识码, ICP备, 公网安备, the browser advice); and the same page
without the article's title (gov-portal-page-untitled.html), and as a disclosure catalogue's page whose
particulars table (索引号, 发布机构, 发文日期, 名称) stands for the title (gov-portal-page-catalogue.html). Then Tika's text of them
(tika/<name>.txt), which keeps every word of that chrome as lines of text:

    python3 Tests/PortalImportTests/Fixtures/make-gov-portal-page.py
    java -cp /opt/tika/tika-app-3.3.1.jar Tests/PortalImportTests/Fixtures/TikaText.java \
        Tests/PortalImportTests/Fixtures/tika Tests/PortalImportTests/Fixtures/variants/gov-portal-page*.html
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

TOP = """
<div class="topbar"><div class="w1200"><span>欢迎访问示范区人民政府门户网站</span>
<ul class="top-links"><li><a href="#">无障碍</a></li><li><a href="#">长者模式</a></li><li><a href="#">English</a></li>
<li><a href="#">登录</a></li><li><a href="#">注册</a></li></ul></div></div>
<div class="header"><div class="logo"><img src="logo.png" alt="">示例市示范区人民政府</div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
<div class="hot">热门搜索：<a href="#">政府信息公开</a> <a href="#">年度报告</a> <a href="#">办事指南</a></div></div>
<div class="mainnav"><ul><li><a href="#">首页</a></li><li><a href="#">走进示范区</a></li><li><a href="#">政务公开</a></li>
<li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">专题专栏</a></li></ul></div>
<div class="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="left"><h3>政府信息公开</h3><ul><li><a href="#">政府信息公开指南</a></li><li><a href="#">政府信息公开制度</a></li>
<li><a href="#">法定主动公开内容</a></li><li><a href="#">政府信息公开年报</a></li><li><a href="#">依申请公开</a></li></ul></div>
<div class="right"><div class="article">
<div class="meta">发布时间：2023-01-18 09:30　信息来源：示范区政府办公室　浏览次数：1024　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
"""

BOTTOM = """
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a> <a href="#">【收藏】</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="qrcode"><img src="qr.png" alt="">扫一扫在手机打开当前页</div>
<div class="attachments">相关附件：<a href="/attach/2023/report-2022.docx">示范区2022年政府信息公开工作年度报告.docx</a></div>
<div class="pages"><p>上一篇：<a href="#">示范区某局2022年政府信息公开工作年度报告</a></p>
<p>下一篇：<a href="#">示范区某街道2022年政府信息公开工作年度报告</a></p></div>
</div>
<div class="related"><h4>相关链接</h4><ul><li><a href="#">中国政府网</a></li><li><a href="#">示例省人民政府</a></li>
<li><a href="#">示例市人民政府</a></li></ul></div></div>
<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">使用帮助</a></p>
<p>主办：示例市示范区人民政府办公室　承办：示范区数据资源管理局</p>
<p>网站标识码：0000000000　示ICP备00000000号-1　示公网安备 00000000000000号</p>
<p>建议使用1920×1080分辨率，IE10以上版本浏览器访问本网站</p></div>
"""


def main():
    with open(os.path.join(HERE, "variants", "template-filled.html"), encoding="utf-8") as page:
        html = page.read()
    body = re.search(r"<body[^>]*>(.*)</body>", html, re.S).group(1)
    head = re.search(r"<head>(.*)</head>", html, re.S).group(1)
    # The portal prints the title above the article's meta line, in one line.
    title = re.search(r"<h1>(.*?)</h1>", body, re.S)
    body = body.replace(title.group(0), "")
    top = TOP.replace('<div class="right"><div class="article">',
                      '<div class="right"><div class="article"><h1 class="title">' + title.group(1).replace("<br>", "") + "</h1>")
    page = ("<!DOCTYPE html>\n<html><head>" + head + "</head>\n<body>" + top + body + BOTTOM + "</body></html>\n")
    with open(os.path.join(HERE, "variants", "gov-portal-page.html"), "w", encoding="utf-8") as out:
        out.write(page)
    # A disclosure catalogue's page (政府信息公开目录): the document's particulars in a table above the
    # article — 索引号, 发布机构, 发文日期, 名称 — which prints no title of its own.
    particulars = ('<table class="xxgk-table"><tr><td>索引号：</td><td>001008003/2023-00012</td><td>主题分类：</td><td>政务公开</td></tr>'
                   '<tr><td>发布机构：</td><td>示例市示范区人民政府办公室</td><td>发文日期：</td><td>2023-01-18</td></tr>'
                   '<tr><td>名称：</td><td colspan="3">' + title.group(1).replace("<br>", "") + '</td></tr>'
                   '<tr><td>文号：</td><td></td><td>有效性：</td><td>有效</td></tr></table>')
    catalogue = TOP.replace('<div class="right"><div class="article">', '<div class="right"><div class="article">' + particulars)
    with open(os.path.join(HERE, "variants", "gov-portal-page-catalogue.html"), "w", encoding="utf-8") as out:
        out.write("<!DOCTYPE html>\n<html><head>" + head + "</head>\n<body>" + catalogue + body + BOTTOM + "</body></html>\n")
    # The same page whose article prints no title (the portal shows it only in the window's title).
    untitled = "<!DOCTYPE html>\n<html><head>" + head + "</head>\n<body>" + TOP + body + BOTTOM + "</body></html>\n"
    with open(os.path.join(HERE, "variants", "gov-portal-page-untitled.html"), "w", encoding="utf-8") as out:
        out.write(untitled)


if __name__ == "__main__":
    main()
