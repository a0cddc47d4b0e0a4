#!/usr/bin/env python3
"""Rebuilds 上海市人民政府办公厅's page of its 2019 report (the trial form; shanghai.gov.cn, stored as
an HTML string in a public repository's data file) as real-pages/shanghai-bgt-2019.html: every
table cell as published — blanks (&nbsp;) where the page prints none, 总计 left blank in most of
table 三's rows, 251000元 for 采购总金额 — and the page's markup (colspan, rowspan, <p> in cells);
the narratives shortened to their first sentences:

    python3 Tests/PortalImportTests/Fixtures/make-real-shanghai-2019.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
B = '&nbsp;'
def td(x, **a):
    attrs = ''.join(f' {k}="{v}"' for k, v in a.items())
    return f'<td{attrs}><p align="center">{x}</p></td>'
def row(label, cells, span=None, pre=''):
    lab = f'<td colspan="{span}"><p>{label}</p></td>' if span else f'<td><p>{label}</p></td>'
    return '<tr>' + pre + lab + ''.join(td(c if c else B) for c in cells) + '</tr>'
out = []
out.append('<p style="text-align: center;font-weight: bold;">2019年上海市人民政府办公厅政府信息公开工作年度报告</p>\t<p style="text-align: center">发布日期：2020-01-31</p>')
out.append('<p>本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况及其他需要报告的事项。本年度报告中所列数据统计期限从2019年1月1日到12月31日止。本年度报告电子版可从“中国上海”门户网站（www.shanghai.gov.cn）下载。</p>')
out.append('<p>一、总体情况</p><p>2019年，上海市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导，围绕市委、市政府中心工作，聚焦社会公众需求，不断提高政府工作透明度。</p>')
out.append('<p>（一）主动公开方面</p><p>2019年，通过“中国上海”门户网站、《上海市人民政府公报》等平台主动公开规章13件，行政规范性文件60件，市政府其他文件162件，人事任免文件141件。</p>')
out.append('<p>（二）依申请公开方面</p><p>市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。信息公开类行政复议7件，诉讼9件，均获维持。</p>')
out.append('<p>（三）政府信息管理方面</p><p>严格落实《上海市人民政府公文公开发布实施办法》。经政务公开工作机构审核的市政府公文主动公开率达90.2%。</p>')
out.append('<p>（四）平台建设方面</p><p>全面推进政府网站集约化平台建设。全年共编发公报24期。</p>')
out.append('<p>（五）监督保障方面</p><p>充分发挥考核促进工作的良性作用。</p>')
out.append('<p>二、主动公开政府信息情况</p>')
t = ['<table align="center" border="1" cellspacing="1"><tbody>']
def caption(x): return f'<tr><td colspan="5"><p align="center">{x}</p></td></tr>'
def head(a, b, c, d=None):
    if d is None:
        return f'<tr>{td("信息内容")}{td(a, colspan=2)}{td(b, colspan=2)}</tr>'
    return f'<tr>{td("信息内容")}{td(a)}{td(b, colspan=2)}{td(c)}</tr>'
t.append(caption('第二十条第（一）项'))
t.append(f'<tr>{td("信息内容")}{td("本年新<br />制作数量")}{td("本年新<br />公开数量", colspan=2)}{td("对外公开总数量")}</tr>')
t.append(f'<tr><td><p>规章</p></td>{td(13)}{td(13, colspan=2)}{td(524)}</tr>')
t.append(f'<tr><td><p>规范性文件</p></td>{td(60)}{td(60, colspan=2)}{td(368)}</tr>')
for item, rows in (('（五）', ('行政许可', '其他对外管理服务事项')), ('（六）', ('行政处罚', '行政强制'))):
    t.append(caption(f'第二十条第{item}项'))
    t.append(f'<tr>{td("信息内容")}{td("上一年项目数量")}{td("本年增/减", colspan=2)}{td("处理决定数量")}</tr>')
    for r in rows:
        t.append(f'<tr><td><p>{r}</p></td>{td(0, colspan=2)}{td(0)}{td(0)}</tr>')
t.append(caption('第二十条第（八）项'))
t.append(f'<tr>{td("信息内容")}{td("上一年项目数量", colspan=2)}{td("本年增/减", colspan=2)}</tr>')
t.append(f'<tr><td><p>行政事业性收费</p></td>{td(0, colspan=2)}{td(0, colspan=2)}</tr>')
t.append(caption('第二十条第（九）项'))
t.append(f'<tr>{td("信息内容")}{td("采购项目数量", colspan=2)}{td("采购总金额", colspan=2)}</tr>')
t.append(f'<tr><td><p>政府集中采购</p></td>{td(6, colspan=2)}{td("251000元", colspan=2)}</tr>')
t.append('</tbody></table>')
out += t
out.append('<p>三、收到和处理政府信息公开申请情况</p>')
t = ['<table align="center" border="1" cellspacing="1"><tbody>']
t.append(f'<tr><td colspan="3" rowspan="3"><p align="center">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td>{td("申请人情况", colspan=7)}</tr>')
t.append(f'<tr>{td("自然人", rowspan=2)}{td("法人或其他组织", colspan=5)}{td("总计", rowspan=2)}</tr>')
t.append('<tr>' + ''.join(td(x) for x in ('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')) + '</tr>')
t.append(row('一、本年新收政府信息公开申请数量', ['821', '35', '', '', '2', '1', '859'], span=3))
t.append(row('二、上年结转政府信息公开申请数量', ['18', '', '', '', '', '', '18'], span=3))
t.append(row('（一）予以公开', ['258', '12', '', '', '1', '1', ''], span=2, pre='<td rowspan="20"><p align="center">三、本年度办理结果</p></td>'))
t.append(row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ['3', '', '', '', '', '', ''], span=2))
groups = [('（三）不予公开', [('1.属于国家秘密', ['14']), ('2.其他法律行政法规禁止公开', []), ('3.危及“三安全一稳定”', []),
          ('4.保护第三方合法权益', []), ('5.属于三类内部事务信息', ['5']), ('6.属于四类过程性信息', ['3', '1']),
          ('7.属于行政执法案卷', []), ('8.属于行政查询事项', ['10', '2'])]),
          ('（四）无法提供', [('1.本机关不掌握相关政府信息', ['252', '12', '', '', '1']), ('2.没有现成信息需要另行制作', ['44', '3']),
          ('3.补正后申请内容仍不明确', ['25'])]),
          ('（五）不予处理', [('1.信访举报投诉类申请', ['148', '1']), ('2.重复申请', ['5', '4']), ('3.要求提供公开出版物', []),
          ('4.无正当理由大量反复申请', []), ('5.要求行政机关确认或重新出具已获取信息', [])])]
for g, rows in groups:
    for i, (label, cells) in enumerate(rows):
        pre = f'<td rowspan="{len(rows)}"><p>{g}</p></td>' if i == 0 else ''
        t.append(row(label, (cells + [''] * 7)[:7], pre=pre))
t.append(row('（六）其他处理', [''] * 7, span=2))
t.append(row('（七）总计', ['767', '35', '', '', '2', '1', '805'], span=2))
t.append(row('四、结转下年度继续办理', ['72', '', '', '', '', '', '72'], span=3))
t.append('</tbody></table>')
out += t
out.append('<p><br />四、政府信息公开行政复议、行政诉讼情况</p>')
t = ['<table align="center" border="1" cellspacing="1"><tbody>']
t.append('<tr><td colspan="5"><p>行政复议</p></td><td colspan="10"><p>行政诉讼</p></td></tr>')
t.append('<tr>' + ''.join(f'<td rowspan="2"><p>{x}</p></td>' for x in ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计'))
         + '<td colspan="5"><p>未经复议直接起诉</p></td><td colspan="5"><p>复议后起诉</p></td></tr>')
t.append('<tr>' + ''.join(f'<td><p>{x}</p></td>' for x in ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计') * 2) + '</tr>')
cells = ['5', '', '', '2', '7', '8', '', '', '1', '9', '', '', '', '', '']
t.append('<tr>' + ''.join(f'<td><p>{c}</p></td>' if c else '<td>&nbsp;</td>' for c in cells) + '</tr>')
t.append('</tbody></table>')
out += t
out.append('<p>五、政府信息公开工作存在的主要问题及改进情况</p><p>（一）主要问题</p><p>一是新《条例》实施后，专业领域的理论学习仍需加强；二是决策公开仍需进一步加强。</p><p>（二）改进措施</p><p>一是深入做好《条例》的贯彻落实。二是进一步深化解读回应。</p>')
out.append('<p>六、其他需要报告的事项</p><p>无。</p>')
html = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>2019年上海市人民政府办公厅政府信息公开工作年度报告</title></head><body>\n' + '\n'.join(out) + '\n</body></html>\n'
open(os.path.join(HERE, 'real-pages', 'shanghai-bgt-2019.html'), 'w', encoding='utf-8').write(html)
