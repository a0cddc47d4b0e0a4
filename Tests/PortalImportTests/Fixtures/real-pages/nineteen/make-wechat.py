#!/usr/bin/env python3
"""A WeChat article page (mp.weixin.qq.com's markup: #activity-name, #meta_content, #js_content hidden
until its script runs, the platform's furniture after it, `var ct` in a script) around a completed
report text. Usage: make.py text.txt out.html served|rendered"""
import sys, html
text, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(text, encoding='utf-8').read().split('\n')
title = lines[0].strip()
body = []
table = []
def flush():
    if table:
        body.append('<table style="border-collapse:collapse;"><tbody>' + ''.join(
            '<tr>' + ''.join(f'<td style="border:1px solid #000;"><section><span style="font-size: 14px;">{html.escape(c)}</span></section></td>' for c in row) + '</tr>'
            for row in table) + '</tbody></table>')
        table.clear()
for line in lines[1:]:
    if '\t' in line:
        table.append(line.split('\t')); continue
    flush()
    if line.strip() in ('', '发布时间:2024-01-22'):
        continue
    body.append(f'<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-family: 宋体;font-size: 16px;">{html.escape(line.strip())}</span></p>')
flush()
shown = mode == 'rendered'
hide = '' if shown else ' style="display: none;"'
page = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<title>{html.escape(title)}</title>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{html.escape(title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">木座藏族乡</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">平武发布</a>
<div id="js_profile_qrcode" class="profile_container" style="display:none;">
<div class="profile_inner">
<strong class="profile_nickname">平武发布</strong>
<img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">pingwufabu</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">发布平武县政务信息</span></p>
</div>
<span class="profile_arrow_wrp" id="js_profile_arrow_wrp"><i class="profile_arrow arrow_out"></i><i class="profile_arrow arrow_in"></i></span>
</div>
</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{"2024-01-22 00:10" if shown else ""}</em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: {"visible" if shown else "hidden"};">
<section style="font-size: 16px;line-height: 1.6;">
{chr(10).join(body)}
</section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<script type="text/javascript" nonce="">
var first_sceen__time = (+new Date());
if ("" == 1 && document.getElementById('js_content')) {{
  document.getElementById('js_content').addEventListener("selectstart",function(e){{ e.preventDefault(); }});
}}
</script>
<div id="js_tags_preview_toast" class="article-tag__error-tips"{hide}>预览时标签不可点</div>
<div class="rich_media_tool" id="js_toobar3">
<div class="weui-flex">
<div class="weui-flex__item">
<a id="js_view_source" class="media_tool_meta meta_primary" href="##">阅读原文</a>
<div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary"{hide}>
<span id="readTxt">阅读</span><span id="readNum3">1024</span>
</div>
</div>
</div>
<div class="weui-flex sns_opr_area sns_opr_overflow" id="js_bottom_opr_right"{hide}>
<span class="media_tool_meta meta_primary meta_share js_media_tool_meta" id="js_bottom_share"><button class="sns_opr_btn sns_share_btn" id="js_bottom_share_btn"><span class="sns_opr_gap">分享</span></button></span>
<span class="media_tool_meta meta_extra meta_praise js_media_tool_meta" id="like_old"><button class="sns_opr_btn sns_praise_btn" id="js_bottom_zan_btn"><span class="sns_opr_gap">赞</span></button></span>
<span class="media_tool_meta meta_extra meta_like js_media_tool_meta" id="like3"><button class="sns_opr_btn sns_like_btn" id="js_like_btn"><span class="sns_opr_gap" id="js_like_wording">在看</span></button></span>
</div>
</div>
<div class="wx_follow_context">
<div class="wx_follow_tips">继续滑动看下一个</div>
<div class="wx_follow_media">
<div class="wx_follow_hd"><img class="wx_follow_avatar" src="http://mmbiz.qpic.cn/mmbiz_png/0/0?wx_fmt=png" alt=""></div>
<div class="wx_follow_bd"><div class="wx_follow_nickname">平武发布</div></div>
</div>
<div class="wx_follow_tips">向上滑动看下一个</div>
</div>
<div class="weui-dialog"{hide}>
<div class="weui-dialog__bd">微信扫一扫<br>使用小程序</div>
<div class="weui-dialog__ft"><a href="javascript:void(0);" class="weui-dialog__btn">取消</a><a href="javascript:void(0);" class="weui-dialog__btn weui-dialog__btn_primary">允许</a></div>
</div>
<div class="weui-dialog"{hide}><div class="weui-dialog__bd">知道了</div></div>
</div>
</div>
</div>
<div class="rich_media_area_extra">
<div class="rich_media_area_extra_inner">
<div class="function_mod function_mod_index" id="js_related_area"{hide}><div class="function_hd">喜欢此内容的人还喜欢</div></div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display: block;">
<div class="qr_code_pc_inner">
<div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img" src="">
<p>微信扫一扫<br>关注该公众号</p>
</div>
</div>
</div>
</div>
</div>
<script type="text/javascript" nonce="">
var biz = "MzA5NzMwODI0MA==" || "";
var sn = "801c79a50b393d0fcdf1fea9c3cfd64b" || "";
var mid = "2647771450" || "";
var idx = "1" || "";
var nickname = "平武发布";
var msg_title = "{html.escape(title)}".html(false);
var ct = "1705853400";
var user_name = "gh_0000000000aa";
var appmsg_type = "9";
</script>
</body></html>
'''
open(out, 'w', encoding='utf-8').write(page)
