#!/usr/bin/env python3
"""Typeset made-up Chinese newspaper pages as PDF and extract them with real tools.

Dev-only (not shipped). Writes, for every page below, ``tests/data/extracted/``:

* ``<page>.plain.txt``  -- ``pdftotext`` (default mode)
* ``<page>.raw.txt``    -- ``pdftotext -raw``
* ``<page>.layout.txt`` -- ``pdftotext -layout``
* ``<page>.ocr.txt``    -- ``tesseract -l chi_sim`` on a 300-dpi ``pdftoppm -png`` render
* ``<page>.gold.jsonl`` -- the articles exactly as typeset (the seed gold's schema,
  without ``source``/``lines``: line numbers differ per extractor)

Needs: reportlab (``.venv/bin/pip install reportlab``); Debian ``poppler-utils``,
``tesseract-ocr``, ``tesseract-ocr-chi-sim``, ``fonts-wqy-zenhei`` (embedded headline
font) and ``fonts-noto-cjk`` (poppler renders the non-embedded body font
``STSong-Light`` with Noto Serif CJK SC, through a private fontconfig file).

The pages are typeset like a real paper: a grid of page columns (six of 11 em on
p1-p6, five or eight of 10-16 em on p7-p9); each article
has its own number and width of text columns; Han characters sit on an em grid;
lines are justified, the leftover going first to the Han/Latin boundaries (which is
what makes ``400 余家`` in extracted text) and then evenly between all characters;
simple kinsoku (no line starts with ``，。”`` etc., none ends with ``“（《``);
paragraphs open with a two-em indent; headline groups (kicker, title, ``——``
subtitle) sit above, beside or L-shaped over their article; ``■`` byline blocks
letter-space ``本报记者`` to the width of ``本报通讯员`` and pad two-character names
to three; photos are grey boxes with captions and credits; running heads,
page numbers and ``责任编辑`` lines are page furniture (p7-p9: a running head
with the paper's name and ``本版责编`` lines). The order in which things are
drawn (which is what ``pdftotext -raw`` follows) is set per page: some headlines are
drawn after their article's body, as some layout programs do.

Article text recombines the paragraphs of the seed page's gold (with invented
place and person names substituted) and paragraphs written for this file.

usage: .venv/bin/python tools/make_extracted_fixtures.py [--out DIR] [--keep DIR]
       [--pages p1,p2] [--no-ocr]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import regex
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

REPO = Path(__file__).resolve().parent.parent
SEED_GOLD = REPO / "seeds" / "000_08a40f92cd806406.gold.jsonl"
DEFAULT_OUT = REPO / "tests" / "data" / "extracted"

SONG = "STSong-Light"          # body text: Adobe-GB1 CID font, not embedded
HEI = "ZenHei"                 # headlines, subheads, captions, credits: embedded TrueType
HEI_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SERIF_FOR_RENDERING = "Noto Serif CJK SC"

SONG_LACKS = {"\N{MIDDLE DOT}"}    # not in UniGB-UCS2-H: set in the headline font instead
EM_GAP = "\N{IDEOGRAPHIC SPACE}"   # in printed text: a one-em gap, nothing drawn
NO_LINE_START = set("，。、；：？！）》」』”’…%％·")
NO_LINE_END = set("（《「『“‘")
TOKEN = regex.compile(r"[A-Za-z0-9][A-Za-z0-9.%:,/+\-]*[A-Za-z0-9%]|[A-Za-z0-9]|……|——|.", regex.S)
SPREAD = regex.compile(r"\{([^:{}]+):(\d+)\}")   # {本报记者:5} -> spread over 5 em


# --- content --------------------------------------------------------------------------

def _seed() -> list[dict]:
    return [json.loads(line) for line in SEED_GOLD.read_text("utf-8").splitlines() if line]


SEED = _seed()


def seed_paragraphs(item: int, *indexes: int, names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Body entries of seed gold item ``item`` (all when no indexes), names substituted."""
    body = SEED[item]["body"]
    chosen = [body[i] for i in indexes] if indexes else body
    return [(entry["kind"], substitute(entry["text"], names or {})) for entry in chosen]


def substitute(text: str, names: dict[str, str]) -> str:
    for old in sorted(names, key=len, reverse=True):
        text = text.replace(old, names[old])
    return text


# Invented places for the seed's real ones, one set per "city" so pages differ.
LINHE = {"聊城市": "临河市", "聊城": "临河", "东昌府区": "北湖区", "茌平区": "南川区",
         "莘县": "安平县", "侯营镇": "柳营镇", "香江": "锦江", "王萌": "李想",
         "任凤云": "杜春燕", "贾仲健": "孟凡超", "信发": "丰源"}
QINGSHAN = {"聊城市": "青山市", "聊城": "青山", "东昌府区": "西城区", "茌平区": "东河区",
            "莘县": "云岭县", "侯营镇": "石桥镇", "香江": "汇通", "王萌": "周琳",
            "任凤云": "钱小英", "贾仲健": "霍建伟", "信发": "绿洲", "“聊·聊产改”": "“青·青产改”",
            "聊·聊": "青·青", "来聊": "来青", "齐鲁": "华北", "山东手造": "华北手造"}

SPRING = [  # 新华社 lead story
    ("记者从农业农村部获悉，截至3月5日，全国已春播粮食1200多万亩，进度快于去年同期。"
     "各地抢抓农时，加快推进春耕备耕，种子、化肥、农药等农资供应总体充足，价格基本稳定。"),
    ("今年以来，农业农村部组织专家分区域、分作物制定春播技术指导意见，派出12个工作组赴主产省"
     "开展蹲点指导，推动良田良种良机良法集成配套。各地围绕大面积单产提升，集中连片打造示范方，"
     "带动整体均衡增产。"),
    ("在江西、湖南等南方省份，早稻集中育秧正在有序推进。工厂化育秧中心里，一排排秧盘整齐码放，"
     "智能温控系统实时调节温湿度，秧苗长势良好。“集中育秧出苗整齐、成秧率高，每亩能节约种子"
     "两三斤。”一位种粮大户告诉记者。"),
    ("农业农村部有关负责人表示，下一步将密切关注天气变化，及时发布农事提示，指导各地做好防灾"
     "减灾准备，加强农资市场监管，严厉打击假冒伪劣行为，确保春耕生产顺利开展。"),
]
OCEAN = [  # 深远海养殖
    ("3月6日，由我国自主设计建造的深远海智能养殖平台“海丰一号”在青岛交付使用。该平台总长86米、"
     "型宽32米，养殖水体约3万立方米，可抵御17级台风，年产优质海水鱼可达1500吨。"),
    ("平台配备水下监测、自动投喂、水质在线分析等系统，工作人员在岸基控制中心就能实时掌握鱼群"
     "生长情况。“过去靠经验，现在靠数据。”项目负责人陈海涛说，平台投用后，养殖密度和成活率都将"
     "明显提高。"),
    ("业内专家表示，发展深远海养殖有利于拓展蓝色粮仓空间，缓解近海养殖压力。近年来，沿海各地"
     "加快推动海洋牧场建设，一批大型养殖装备相继投用，海水养殖正由近岸向深远海延伸。"),
]
BLOSSOM = [  # 春日文旅
    ("随着气温回升，各地赏花游、踏青游持续升温。记者从多家在线旅游平台了解到，3月以来，“赏花”"
     "相关搜索量环比增长超过200%，周边游、短途游订单量明显增加。"),
    ("在云岭县樱花谷景区，万余株樱花竞相绽放，吸引大批游客前来观赏。景区推出夜游灯光秀、非遗"
     "市集等活动，延长游客停留时间。景区负责人介绍，周末日均接待游客超过2万人次，带动周边民宿"
     "入住率达到九成以上。"),
    ("文旅部门有关负责人表示，将持续丰富春季文旅产品供给，加强景区流量管理和安全保障，推出一批"
     "精品线路和惠民举措，让游客玩得舒心、安心、放心。"),
]
ZERO_CARBON = [("3月6日，西川省首批“零碳园区”试点名单公布，12个园区入选。试点园区将在能源结构优化、"
                "资源循环利用、数字化管理等方面先行先试，力争到2027年实现园区运营碳排放大幅下降。")]
HOSPITAL = [("近日，北河市人民医院与当地6家乡镇卫生院签订医联体合作协议，通过专家下沉、远程会诊、"
             "双向转诊等方式，推动优质医疗资源向基层延伸，让群众在家门口就能看上好医生。"),
            ("据介绍，合作期内，市人民医院每周选派内科、儿科、康复科等专业骨干到卫生院坐诊带教，"
             "并开通检查检验结果互认绿色通道，减少群众重复检查和往返奔波。")]
SKILLS = [("南平县日前启动“技能进万家”培训行动，围绕电工、焊工、育婴员等30余个工种开设免费培训班，"
           "全年计划培训城乡劳动者5000人次，培训合格者可获得相应职业技能等级证书。")]
RAIL = [("3月6日上午，随着最后一块轨道板精准铺设到位，东江至临河高速铁路全线铺轨贯通，"
         "为年内开通运营奠定了坚实基础。"),
        ("东临高铁全长186.5公里，设计时速350公里，沿线设站8座。建设者采用智能铺轨机组、"
         "北斗定位精调等新技术新装备，铺轨精度控制在1毫米以内，日均铺轨4.2公里。"),
        ("项目建设指挥部有关负责人介绍，全线开通后，东江至临河的最快旅行时间将由3小时缩短至"
         "50分钟左右，对完善区域路网布局、促进沿线经济社会发展具有重要意义。")]
LIBRARY = [("走进青山市图书馆新馆，宽敞明亮的阅览区座无虚席，智能借还机前读者有序排队。"
            "新馆开放一个月来，累计接待读者12.6万人次，办理新读者证8300余张。"),
           ("“周末带孩子来，一待就是一整天。”市民刘晓雯说，馆里的绘本区、自习区和文创空间各具特色，"
            "晚上9点才闭馆，下班后也能来看书。"),
           ("据了解，新馆藏书量达到120万册，设有24小时自助阅览室和古籍修复展示区，并与全市"
            "62个城市书房实现通借通还，“一卡通”覆盖城乡。")]


# p7-p9: a national daily's style (running head with the paper's name, 本版责编 lines,
# 本报北京…电 and 据新华社…电 lead-ins, titles in two halves, column labels).
INVEST = [
    ("记者13日从国家发展改革委获悉，今年前两个月，全国新开工项目计划总投资同比增长8.6%，"
     "其中亿元以上项目数量增加较多。各地抢抓施工黄金期，推动一批交通、能源、水利和新型基础设施"
     "项目集中开工，有效投资对稳增长的拉动作用进一步显现。"),
    ("从投向看，新型基础设施建设明显提速。截至2月底，全国累计建成5G基站超过430万个，千兆光网"
     "覆盖家庭超过5亿户；一批算力中心、工业互联网平台和智能网联汽车测试区相继投用，带动上下游"
     "产业链投资增长。"),
    ("国家发展改革委有关负责人表示，今年将加力推进“两重”建设，用好超长期特别国债和地方政府专项"
     "债券，加快资金拨付和项目实施，力争形成更多实物工作量。一是强化要素保障，做好用地、用能、"
     "环评等服务；二是完善民间投资支持政策，推出更多优质项目；三是加强在建项目调度，确保工程质量"
     "和安全生产。"),
    ("专家认为，扩大有效投资既利当前、又利长远。一季度是全年经济开局的关键阶段，项目建设"
     "“跑起来”，将为实现全年GDP增长目标打下坚实基础。"),
]
MARKET = [
    ("记者从市场监管总局了解到，今年以来，各地持续清理妨碍统一市场和公平竞争的政策措施，累计废止"
     "和修订相关文件1200余件。市场准入负面清单进一步缩减，经营主体跨区域经营的制度性成本明显降低。"),
    ("在长三角、粤港澳大湾区等地，企业登记、食品经营许可等高频事项实现“跨省通办”。一家物流企业"
     "负责人说，过去在外省设分支机构要来回跑好几趟，现在线上提交材料，3个工作日就能办好。"),
    ("市场监管总局有关负责人表示，下一步将聚焦重点领域和关键环节，加快完善公平竞争审查制度，推动"
     "市场基础制度规则统一、市场监管公平统一，更好激发全社会内生动力和创新活力。"),
]
SEEDLINGS = [
    ("记者从湖南、江西等地农业部门获悉，南方早稻集中育秧进度已过半，秧苗长势总体良好。各地推广"
     "工厂化育秧和无人机直播，育秧成本每亩下降约30元。"),
    "农业专家提醒，近期南方将有一次降温降雨过程，各地要加强秧田管理，防范低温冷害。",
]
HOUSING = [
    ("加装电梯、改造管网、增设充电桩……走进东城区和平里街道的一处老旧小区，楼道整洁明亮，新装的"
     "电梯平稳运行。“以前上下楼要歇好几回，现在一按按钮就到家门口。”82岁的居民周大爷说。"),
    ("据了解，今年各地计划新开工改造城镇老旧小区2.5万个，重点推进水电气热等老化管线更新，因地"
     "制宜建设养老、托育、停车等配套设施。住房城乡建设部有关负责人表示，将坚持“先地下、后地上”，"
     "统筹推进小区内外设施改造，让群众住得更安心、更舒心。"),
]
INNOVATION = [
    ("paragraph", "当前，新一轮科技革命和产业变革深入发展，科技创新与产业创新的融合日益紧密。推动"
     "科技创新和产业创新深度融合，是因地制宜发展新质生产力的关键所在。"),
    ("subhead", "把握融合发展的着力点"),
    ("paragraph", "融合发展，关键在企业。要强化企业科技创新主体地位，支持企业牵头组建创新联合体，"
     "让更多科技成果从实验室走向生产线。数据显示，2024年我国研发经费投入超过3.6万亿元，其中企业"
     "研发投入占比超过77%。"),
    ("paragraph", "推动融合发展，重点抓好三方面工作：一是加强关键核心技术攻关，集中力量突破一批"
     "“卡脖子”难题；二是完善科技成果转化机制，打通从样品到产品再到商品的链条；三是优化创新生态，"
     "让各类人才潜心研究、安心创业。"),
    ("subhead", "营造良好创新生态"),
    ("paragraph", "从5G基站遍布城乡，到人工智能大模型加速落地，我国数字经济规模持续扩大，数字经济"
     "核心产业增加值占GDP比重已达10%左右。新技术、新业态不断涌现，为产业升级注入强劲动力。"),
    ("paragraph", "创新之路没有坦途。既要保持战略定力，久久为功；也要尊重科学规律，宽容失败，让创新"
     "创造的活力竞相迸发。"),
]
LIVELIHOOD = [
    ("家门口的养老服务站、社区里的“15分钟健身圈”、小区内新增的停车位……这些看似细微的变化，却实实"
     "在在提升了群众的获得感。民生工作千头万绪，往往从一个个“小切口”入手，就能办成群众关心的大事。"),
    ("抓好民生“小切口”，首先要找准群众的急难愁盼。一些地方通过“民生议事厅”“居民说事会”等方式，"
     "把问题收集上来、把办法商量出来，让民生实事更精准、更贴心。"),
    ("抓好民生“小切口”，还要久久为功。民生实事不能一阵风，要建立长效机制，做到建管并重，防止"
     "“重建设、轻运营”。只有一件接着一件办、一年接着一年干，才能让群众的幸福成色更足。"),
]
PATENTS = [
    ("3月14日，西川省发布高校科技成果转化年度报告。2024年，全省高校专利转让、许可合同金额达"
     "18.6亿元，同比增长35.2%，一批新材料、生物医药领域的成果在省内实现产业化。"),
    ("“过去专利躺在抽屉里，现在有了专业的技术经理人，成果转化少走了很多弯路。”西川大学技术转移"
     "中心主任刘晓梅说。近年来，该省推行职务科技成果赋权改革，科研人员可获得不低于70%的转化收益。"),
]
ECONOMY = [
    ("国家统计局15日发布数据，今年前两个月，全国规模以上工业增加值同比增长5.9%，社会消费品零售"
     "总额同比增长4.0%，主要指标回升向好，经济运行开局平稳。"),
    ("从生产端看，装备制造业和高技术制造业增加值分别增长9.1%和9.8%，3D打印设备、工业机器人、"
     "新能源汽车等产品产量保持较快增长。从需求端看，以旧换新政策持续显效，家电、通信器材类零售额"
     "分别增长10.9%和26.2%。"),
    "国家统计局新闻发言人表示，下阶段要着力做好以下工作：",
    "一是持续扩大内需，大力提振消费，加力扩围实施以旧换新；",
    "二是培育壮大新兴产业，推动5G、人工智能等技术与实体经济深度融合；",
    "三是稳定就业和市场预期，巩固经济回升向好势头，为实现全年GDP增长5%左右的目标打下基础。",
    ("业内人士认为，随着一揽子增量政策落地见效，经济增长的内生动力将持续增强，3月份经济有望延续"
     "回升态势。"),
]
FIVE_G = [
    ("记者15日从工业和信息化部获悉，我国“5G+工业互联网”项目已超过1.8万个，覆盖41个工业大类。"
     "5G技术正从生产外围环节向研发设计、生产控制等核心环节延伸。"),
    ("在华北一家钢铁企业，借助5G网络，操作人员在数百米外的控制室就能远程操控天车，生产效率提升"
     "约20%。工业和信息化部有关负责人表示，将加快5G轻量化（RedCap）技术推广，降低企业应用成本。"),
]
CROSS_BORDER = [("记者从杭州海关获悉，今年前两个月，浙江跨境电商进出口额达到486.3亿元，同比增长"
                 "12.6%，占全国比重超过五分之一。")]
PARCELS = [("记者从国家邮政局获悉，前两个月，全国快递业务量完成308.6亿件，同比增长21.4%。其中，"
            "农村地区快递业务量增长较快，“快递进村”覆盖率进一步提高。")]


# --- what gets typeset ----------------------------------------------------------------

@dataclass
class Credit:
    """A byline: ``byline``/``authors`` as the gold has them, ``printed`` lines as set.

    In printed text ``\\u3000`` is a one-em gap and ``{本报记者:5}`` letter-spaces
    the word over five em.
    """

    byline: str
    authors: list[tuple[str | None, str]]
    printed: list[str] = field(default_factory=list)


@dataclass
class Photo:
    caption: list[str]
    credit: Credit | None = None
    credit_inline: bool = False   # credit set after the caption's last character
    height_em: float = 12
    title: str | None = None       # a stand-alone photo's headline


@dataclass
class Article:
    key: str
    title: str | None
    body: list[tuple[str, str]]
    kicker: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    credit: Credit | None = None
    credit_block: bool = False     # ■ block above the body, else in the dateline's parentheses
    lead_gap: bool = False         # 本报讯　（记者 …） with a gap before the parenthesis
    photo: Photo | None = None     # a captioned photo inside the article's columns


@dataclass
class Place:
    """Where an item goes: page grid column, span, text columns and headline placement."""

    item: Article | Photo
    col: int
    span: int
    columns: int = 1
    head: str = "above"            # above | left (above, flush left) | beside | corner
    head_last: bool = False        # draw the headline after the body (content order)
    photo_cols: tuple[int, int] = (0, 1)
    title_size: float = 22


@dataclass
class PageSpec:
    name: str
    number: int
    section: str
    date: str
    editor: str
    editor_on_top: bool
    places: list[Place]
    body_size: float = 10
    line_pitch: float = 1.42       # x body size; pdftotext stops grouping lines near 1.5
    grid: int = 6                  # page grid columns
    grid_em: float = 11            # width of a grid column, in body ems
    # Running head as separately placed pieces (text, font, size x body, side); each
    # piece is a paragraph of the gold's first `other` item, left side first. None:
    # page number, section and date (p1-p6).
    running: list[tuple[str, str, float, str]] | None = None
    editor_align: str = "left"     # the editors' line at the bottom: left | right
    editor_gold: str | None = None # the editors' line in the gold when it differs from
                                   # the printed one (padded names unpadded: 胡　安 -> 胡安)


def credit(byline: str, authors, *printed: str) -> Credit:
    return Credit(byline, list(authors), list(printed))


PAGES = [
    PageSpec("p1_yaowen", 1, "要闻", "2025年3月7日　星期五", "责任编辑：宋雨桐", False, [
        Place(Article(
            "spring", kicker="各地抢抓农时推进春耕备耕", title="全国春播粮食进度快于去年同期",
            dateline="新华社北京3月6日电",
            credit=credit("记者 韩晓蕾 周启明", [("记者", "韩晓蕾"), ("记者", "周启明")]),
            body=[("paragraph", p) for p in SPRING]), 0, 6, columns=4, title_size=26),
        Place(Photo(["3月6日，云岭县农民在高标准农田里驾驶播种机进行春播作业。"],
                    credit("新华社记者 张明摄", [("记者", "张明")], "新华社记者\u3000张明摄"),
                    height_em=13, title="春播正当时"), 0, 2),
        Place(Article(
            "irrigation", title="我市全力以赴做好春耕保灌工作", dateline="本报讯",
            credit=credit("记者 张洁 吴兆旭", [("记者", "张洁"), ("记者", "吴兆旭")]),
            body=seed_paragraphs(2, names=LINHE)), 2, 4, columns=3, head_last=True),
        Place(Article(
            "carbon", title="西川公布首批“零碳园区”试点", dateline="本报讯",
            credit=credit("记者 罗文静", [("记者", "罗文静")]),
            body=[("paragraph", p) for p in ZERO_CARBON]), 2, 2, head="beside", title_size=16),
        Place(Article(
            "pharmacy", kicker="北湖区", title="加强定点药店常态化监管", dateline="本报讯",
            credit=credit("李凯", [(None, "李凯")]),
            body=seed_paragraphs(7, names=LINHE)), 4, 2, title_size=18),
    ]),
    PageSpec("p2_zonghe", 2, "综合", "2025年3月8日　星期六", "责任编辑：陈思远", True, [
        Place(Article(
            "farmland", title="全力守护耕地“生命线”", subtitle="临河举办基层干部耕保业务技能提升活动",
            credit=credit("本报记者 李兆宪 本报通讯员 赵华丽", [("记者", "李兆宪"), ("通讯员", "赵华丽")],
                          "■\u3000{本报记者:5}\u3000李兆宪", "\u3000\u3000本报通讯员\u3000赵华丽"),
            credit_block=True, body=seed_paragraphs(4, names=LINHE)),
            0, 4, columns=3, head="corner", title_size=24),
        Place(Photo([p for _, p in seed_paragraphs(3, names=LINHE)],
                    credit("本报通讯员 马红坤 彭月勇", [("通讯员", "马红坤"), ("通讯员", "彭月勇")],
                           "■\u3000本报通讯员", "马红坤\u3000彭月勇"), height_em=14), 4, 2),
        Place(Article(
            "service", kicker="安平县", title="推动政务服务再升级", dateline="本报讯",
            credit=credit("记者 王军豪 通讯员 张立彬", [("记者", "王军豪"), ("通讯员", "张立彬")]),
            body=seed_paragraphs(0, 0, 1, names=LINHE)), 4, 2, head="beside", head_last=True, title_size=17),
        Place(Article(
            "skills", title="南平县开展“技能进万家”培训", dateline="本报讯",
            body=[("paragraph", p) for p in SKILLS]), 0, 2, title_size=15),
        Place(Photo([seed_paragraphs(5, names=LINHE)[0][1]],
                    credit("本报记者 孙文辉", [("记者", "孙文辉")], "■\u3000本报记者\u3000孙文辉"),
                    credit_inline=True, height_em=10), 2, 2),
    ]),
    PageSpec("p3_jingji", 3, "经济", "2025年3月9日　星期日", "责任编辑　杨柳青", False, [
        Place(Article(
            "cotton", kicker="北湖区", title="“政银企”携手助力棉服产业发展", dateline="本报讯",
            credit=credit("记者 刘丛丛 朱全智", [("记者", "刘丛丛"), ("记者", "朱全智")]), lead_gap=True,
            body=seed_paragraphs(1, names=LINHE)), 0, 3, columns=2, title_size=20),
        Place(Article(
            "ocean", title="我国深远海智能养殖平台交付使用", subtitle="可抵御17级台风 年产海水鱼1500吨",
            dateline="新华社青岛3月6日电", credit=credit("记者 孙海洋", [("记者", "孙海洋")]),
            body=[("paragraph", p) for p in OCEAN],
            photo=Photo(["平台工作人员在岸基控制中心查看养殖数据。"],
                        credit("本报记者 丁一凡摄", [("记者", "丁一凡")], "本报记者\u3000丁一凡摄"),
                        height_em=9)),
            3, 3, columns=2, photo_cols=(1, 2), title_size=20),
        Place(Article(
            "hospital", title="医联体让优质医疗资源下沉", dateline="本报讯",
            credit=credit("通讯员 孔令军", [("通讯员", "孔令军")]),
            body=[("paragraph", p) for p in HOSPITAL]), 3, 3, columns=2, head="left", title_size=16),
        Place(Article(
            "pharmacy2", kicker="西城区", title="定点药店完成追溯码上传", dateline="本报讯",
            credit=credit("本报记者 王军", [("记者", "王军")], "■\u3000本报记者\u3000王\u3000军"),
            credit_block=True, body=seed_paragraphs(7, 1, names=QINGSHAN)), 0, 3, columns=2,
            head="beside", title_size=16),
    ]),
    PageSpec("p4_zhuanti", 4, "专题", "2025年3月10日　星期一", "责任编辑：林之航", True, [
        Place(Article(
            "union", title="实干担当勇争先\u3000奋楫扬帆启新程", subtitle="青山市总工会2024年工作综述",
            credit=credit("本报记者 岳殿举 本报通讯员 储鹏", [("记者", "岳殿举"), ("通讯员", "储鹏")],
                          "■\u3000{本报记者:5}\u3000岳殿举", "\u3000\u3000本报通讯员\u3000储\u3000鹏"),
            credit_block=True, body=seed_paragraphs(6, names=QINGSHAN)),
            0, 6, columns=4, head="above", title_size=28),
    ], body_size=10),
    PageSpec("p5_wenhua", 5, "文化", "2025年3月11日　星期二", "责任编辑：许晴", False, [
        Place(Article(
            "blossom", kicker="赏花游踏青游订单明显增加", title="春日文旅消费持续升温",
            dateline="本报北京3月10日电", credit=credit("记者 宋佳音", [("记者", "宋佳音")]),
            body=[("paragraph", p) for p in BLOSSOM],
            photo=Photo(["近日，游客在樱花谷景区赏花拍照。"],
                        credit("李华摄（新华社发）", [("摄影", "李华")], "李华摄（新华社发）"), height_em=10)),
            0, 4, columns=3, photo_cols=(2, 3), title_size=24),
        Place(Article(
            "library", title="城市书房“一卡通”覆盖城乡（视点）",
            subtitle="青山市图书馆新馆开放首月接待读者12.6万人次",
            credit=credit("本报记者 郑雨桐", [("记者", "郑雨桐")], "■\u3000本报记者\u3000郑雨桐"),
            credit_block=True, body=[("paragraph", p) for p in LIBRARY]),
            4, 2, head="left", head_last=True, title_size=16),
        Place(Photo(["3月9日，市民在青山公园观赏盛开的玉兰花。", "春暖花开，城区各大公园迎来赏花客流高峰。"],
                    credit("本报记者 马晓东摄", [("记者", "马晓东")], "本报记者\u3000马晓东摄"),
                    height_em=11), 0, 2),
        Place(Article(
            "skills2", title="“技能进万家”培训开班", dateline="本报讯",
            credit=credit("记者 周强", [("记者", "周强")], "记者\u3000周\u3000强"),
            body=[("paragraph", p) for p in SKILLS]), 2, 2, title_size=15),
    ], body_size=10.5, line_pitch=1.38),
    PageSpec("p6_difang", 6, "地方", "2025年3月12日　星期三", "责任编辑：马骁", False, [
        Place(Article(
            "rail", kicker="设计时速350公里", title="东临高铁全线铺轨贯通",
            subtitle="年内开通后东江至临河最快50分钟可达", dateline="本报讯",
            credit=credit("记者 何新宇 通讯员 高远", [("记者", "何新宇"), ("通讯员", "高远")]),
            body=[("paragraph", p) for p in RAIL]), 0, 3, columns=2, head="beside", title_size=20),
        Place(Article(
            "service2", kicker="云岭县", title="“一件事”高效办成", dateline="本报讯",
            credit=credit("记者 周琳", [("记者", "周琳")]),
            body=seed_paragraphs(0, 1, 2, names=QINGSHAN)), 3, 3, columns=3, title_size=18),
        Place(Article(
            "cotton2", title="“问需于企”助棉服企业解难题", dateline="本报讯",
            credit=credit("记者 吴迪", [("记者", "吴迪")]),
            body=seed_paragraphs(1, 1, 2, 3, names=QINGSHAN)), 0, 4, columns=3, head="left",
            head_last=True, title_size=18),
        Place(Article(
            "irrigation2", title="抢抓农时保春灌", dateline="本报讯",
            credit=credit("通讯员 许可", [("通讯员", "许可")]),
            body=seed_paragraphs(2, 0, names=QINGSHAN)), 4, 2, title_size=16),
    ], body_size=9.5, line_pitch=1.55),
    PageSpec("p7_yaowen4", 4, "要闻", "", "本版责编：刘明远\u3000胡\u3000安\u3000彭\u3000飞", False, [
        Place(Article(
            "invest", kicker="一季度各地重大项目加快落地", title="有效投资持续扩大\u3000发展后劲不断增强",
            subtitle="前两月全国新开工项目计划总投资同比增长8.6%", dateline="新华社北京3月13日电",
            credit=credit("记者 王晨阳、刘思雨", [("记者", "王晨阳"), ("记者", "刘思雨")]),
            body=[("paragraph", p) for p in INVEST]), 0, 3, columns=3, title_size=24),
        Place(Photo(["3月12日，施工人员在西川省一处新型数据中心项目现场作业。"],
                    credit("新华社记者 张扬摄", [("记者", "张扬")], "新华社记者\u3000张\u3000扬摄"),
                    height_em=12), 3, 2),
        Place(Article(
            "market", title="全国统一大市场建设迈出新步伐", dateline="本报北京3月13日电",
            credit=credit("记者 李晓峰、陈静", [("记者", "李晓峰"), ("记者", "陈静")],
                          "记者\u3000李晓峰、陈\u3000静"),
            body=[("paragraph", p) for p in MARKET]), 3, 2, columns=2, title_size=18),
        Place(Article(
            "seedlings", title="南方早稻育秧进度过半", dateline="据新华社长沙3月13日电",
            body=[("paragraph", p) for p in SEEDLINGS]), 0, 1, title_size=15),
        Place(Article(
            "housing", title="老旧小区改造惠及更多居民", subtitle="今年计划新开工改造城镇老旧小区2.5万个",
            credit=credit("本报记者 谢宁", [("记者", "谢宁")], "本报记者\u3000谢\u3000宁"), credit_block=True,
            body=[("paragraph", p) for p in HOUSING]), 1, 2, columns=2, head="left", head_last=True,
            title_size=17),
    ], body_size=9.5, line_pitch=1.35, grid=5, grid_em=13,
        editor_gold="本版责编：刘明远 胡安 彭飞",
        running=[("4", HEI, 2.4, "left"), ("要闻", HEI, 1.6, "left"),
                 ("人民日报\u30002025年3月14日\u3000星期五", SONG, 1, "right")]),
    PageSpec("p8_pinglun5", 5, "评论", "", "责编：王晓\u3000版式设计：李\u3000明", False, [
        Place(Article(
            "innovation", title="以科技创新引领产业创新\n（评论员观察）",
            credit=credit("何远", [(None, "何远")], "何\u3000远"), credit_block=True,
            body=INNOVATION), 0, 3, columns=3, title_size=22),
        Place(Photo(["3月14日，茶农在云岭县一处茶园采摘春茶。", "近年来，当地发展茶旅融合产业，带动茶农增收。"],
                    credit("本报记者 林晨", [("记者", "林晨")], "■\u3000本报记者\u3000林\u3000晨"),
                    height_em=11, title="春到茶园"), 3, 2),
        Place(Article(
            "livelihood", title="让“小切口”撬动民生“大改善”（新论）",
            credit=credit("孙明哲", [(None, "孙明哲")], "孙明哲"), credit_block=True,
            body=[("paragraph", p) for p in LIVELIHOOD]), 5, 3, columns=3, head_last=True, title_size=18),
        Place(Article(
            "patents", kicker="打通科研成果转化“最后一公里”", title="高校科技成果转化按下“快进键”",
            subtitle="西川省去年高校专利转让许可合同金额同比增长35.2%",
            credit=credit("本报记者 方舟", [("记者", "方舟")], "本报记者\u3000方\u3000舟"), credit_block=True,
            body=[("paragraph", p) for p in PATENTS]), 3, 2, columns=2, title_size=20),
    ], body_size=10, line_pitch=1.52, grid=8, grid_em=10,
        editor_gold="责编：王晓 版式设计：李明",
        running=[("人民日报\u30002025年3月15日\u3000星期六", SONG, 1, "left"),
                 ("第5版\u3000评论", HEI, 1.4, "right")]),
    PageSpec("p9_jingji10", 10, "经济", "", "本版责编：孙\u3000亮\u3000张晓军\u3000版式设计：沈亦伶", False, [
        Place(Article(
            "economy", kicker="前两月主要经济指标回升向好", title="工业生产稳中有进\u3000消费市场持续回暖",
            credit=credit("本报记者 王浩 孙立新", [("记者", "王浩"), ("记者", "孙立新")],
                          "本报记者\u3000王\u3000浩\u3000孙立新"), credit_block=True,
            body=[("paragraph", p) for p in ECONOMY],
            photo=Photo(["3月15日，工人在华北一家汽车企业生产线上作业。"],
                        credit("新华社记者 李贺摄", [("记者", "李贺")], "新华社记者\u3000李\u3000贺摄"),
                        height_em=10)),
            0, 3, columns=3, photo_cols=(1, 3), title_size=22),
        Place(Article(
            "fiveg", title="5G应用在工业领域加速落地", subtitle="“5G+工业互联网”项目超过1.8万个",
            dateline="新华社北京3月15日电", credit=credit("记者 王悦", [("记者", "王悦")], "记者\u3000王\u3000悦"),
            body=[("paragraph", p) for p in FIVE_G]), 3, 2, columns=2, title_size=18),
        Place(Article(
            "crossborder", title="跨境电商进出口规模再创新高", dateline="据新华社杭州3月15日电",
            body=[("paragraph", p) for p in CROSS_BORDER]), 3, 1, title_size=17),
        Place(Article(
            "parcels", title="前两月快递业务量超300亿件", dateline="本报北京3月15日电",
            credit=credit("记者 邱实", [("记者", "邱实")], "记者\u3000邱\u3000实"),
            body=[("paragraph", p) for p in PARCELS]), 4, 1, title_size=15),
    ], body_size=9, line_pitch=1.30, grid=5, grid_em=16, editor_align="right",
        editor_gold="本版责编：孙亮 张晓军 版式设计：沈亦伶",
        running=[("第10版", HEI, 2.0, "left"), ("经济", HEI, 1.6, "left"),
                 ("人民日报\u30002025年3月16日\u3000星期日", SONG, 1, "right")]),
]


# --- typesetting ----------------------------------------------------------------------

@dataclass
class Glyphs:
    """One set line: (text, x offset) runs in one font and size."""

    runs: list[tuple[str, float]]
    font: str
    size: float
    bold: bool = False


def register_fonts() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(SONG))
    pdfmetrics.registerFont(TTFont(HEI, HEI_FILE, subfontIndex=0))


def tokens(text: str, font: str, size: float) -> list[tuple[str, float]]:
    out = []
    for token in TOKEN.findall(text):
        face = HEI if font == SONG and token in SONG_LACKS else font
        width = size if token == EM_GAP else pdfmetrics.stringWidth(token, face, size)
        out.append((token, width))
    return out


def _is_latin(token: str) -> bool:
    return token[:1].isascii() and token[:1].isalnum()


def break_lines(text: str, width: float, font: str, size: float, indent: float = 0.0
                ) -> list[list[tuple[str, float]]]:
    """Greedy line breaking with kinsoku; the first line ``indent`` narrower."""
    toks = tokens(text, font, size)
    lines, start = [], 0
    while start < len(toks):
        room = width - (indent if not lines else 0.0)
        end, used = start, 0.0
        while end < len(toks) and (used + toks[end][1] <= room + 0.01 or end == start):
            used += toks[end][1]
            end += 1
        while (end < len(toks) and end - start > 1
               and (toks[end][0][0] in NO_LINE_START or toks[end - 1][0][-1] in NO_LINE_END)):
            end -= 1
        lines.append(toks[start:end])
        start = end
    return lines


def justify(line: list[tuple[str, float]], width: float, stretch: bool) -> list[tuple[str, float]]:
    """x offsets of the tokens of one line, spread to ``width`` when ``stretch``."""
    natural = sum(w for _, w in line)
    extra = max(0.0, width - natural) if stretch and len(line) > 1 else 0.0
    boundaries = {i for i in range(1, len(line)) if _is_latin(line[i][0]) != _is_latin(line[i - 1][0])}
    size = max((w for _, w in line), default=0)
    at_boundary = min(extra / len(boundaries), 0.5 * size) if boundaries else 0.0
    rest = (extra - at_boundary * len(boundaries)) / (len(line) - 1) if len(line) > 1 else 0.0
    runs, x = [], 0.0
    for i, (token, w) in enumerate(line):
        if i:
            x += rest + (at_boundary if i in boundaries else 0.0)
        if token != EM_GAP:
            runs.append((token, x))
        x += w
    return runs


def paragraph_lines(text: str, width: float, font: str, size: float, indent_em: float = 2,
                    align: str = "justify", bold: bool = False) -> list[tuple[float, Glyphs]]:
    """Set a paragraph: (x offset, glyphs) per line."""
    indent = indent_em * size
    lines = break_lines(text.replace(" ", EM_GAP), width, font, size, indent)
    out = []
    for n, line in enumerate(lines):
        first, last = n == 0, n == len(lines) - 1
        room = width - (indent if first else 0)
        runs = justify(line, room, stretch=align == "justify" and not last)
        natural = sum(w for _, w in line)
        if align == "center":
            x = (width - natural) / 2
        elif align == "right":
            x = width - natural
        else:
            x = indent if first else 0.0
        out.append((x, Glyphs(runs, font, size, bold)))
    return out


def credit_line(printed: str, font: str, size: float) -> Glyphs:
    """A byline line: ``{word:n}`` letter-spaced over n em, ``\\u3000`` one-em gaps."""
    runs, x = [], 0.0
    pos = 0
    for match in list(SPREAD.finditer(printed)) + [None]:
        chunk = printed[pos:match.start() if match else len(printed)]
        for token, w in tokens(chunk, font, size):
            if token != EM_GAP:
                runs.append((token, x))
            x += w
        if match:
            word, span = match.group(1), int(match.group(2))
            step = (span - 1) * size / (len(word) - 1)
            for i, char in enumerate(word):
                runs.append((char, x + i * step))
            x += span * size
            pos = match.end()
    return Glyphs(runs, font, size)


@dataclass
class Unit:
    """Something the column flow places: a line of glyphs, or vertical space."""

    height: float
    glyphs: Glyphs | None = None
    x: float = 0.0
    group: str = "body"
    keep: int = 0       # how many following units must share this unit's column


class Ops:
    """Drawing operations grouped by name, so a page can choose the content order."""

    def __init__(self):
        self.groups: dict[str, list] = {}

    def text(self, group: str, x: float, y: float, glyphs: Glyphs) -> None:
        self.groups.setdefault(group, []).append(("text", x, y, glyphs))

    def rect(self, group: str, x: float, y: float, w: float, h: float, fill: float | None,
             stroke: float = 0.5) -> None:
        self.groups.setdefault(group, []).append(("rect", x, y, w, h, fill, stroke))

    def rule(self, group: str, x0: float, y0: float, x1: float, y1: float, width: float = 0.5) -> None:
        self.groups.setdefault(group, []).append(("line", x0, y0, x1, y1, width))


class Layout:
    """One page being laid out; y grows downwards from the top margin."""

    MARGIN = 40.0

    def __init__(self, spec: PageSpec):
        self.spec = spec
        self.fs = spec.body_size
        self.lead = round(self.fs * spec.line_pitch, 2)
        self.grid_w = spec.grid_em * self.fs
        self.gutter = 1.5 * self.fs
        self.ops = Ops()
        self.width = 2 * self.MARGIN + spec.grid * self.grid_w + (spec.grid - 1) * self.gutter
        self.gold: list[dict] = []

    def grid_x(self, col: int) -> float:
        return self.MARGIN + col * (self.grid_w + self.gutter)

    def span_w(self, span: int) -> float:
        return span * self.grid_w + (span - 1) * self.gutter

    # headline group -------------------------------------------------------------------
    def headline(self, article: Article, width: float, size: float, align: str
                 ) -> list[tuple[float, float, Glyphs]]:
        """(x, y, glyphs) of the kicker, title and subtitle lines, y from the group's top."""
        out, y = [], 0.0
        parts = []
        if article.kicker:
            parts.append((article.kicker, HEI, round(size * 0.55, 1), False))
        parts.append((article.title, HEI, size, True))
        if article.subtitle:
            parts.append(("——" + article.subtitle, HEI, round(size * 0.55, 1), False))
        for n, (text, font, fsize, bold) in enumerate(parts):
            if n:
                y += fsize * 0.45
            pieces = text.split("\n")            # "\n": where the title must break
            if bold and EM_GAP in text and sum(w for _, w in tokens(text, font, fsize)) > width:
                pieces = text.split(EM_GAP)      # a title in two halves: one line each
            for piece in pieces:
                for x, glyphs in paragraph_lines(piece, width, font, fsize, indent_em=0, align=align,
                                                 bold=bold):
                    y += fsize * 1.25
                    out.append((x, y - fsize * 0.22, glyphs))
        return out

    # columns --------------------------------------------------------------------------
    def columns(self, x: float, width: float, count: int) -> tuple[list[float], float]:
        """Left edges and width of ``count`` text columns in whole ems within ``width``."""
        if count == 1:
            column_w = (width // self.fs) * self.fs
            return [x], column_w
        column_w = ((width - (count - 1) * self.fs) // (count * self.fs)) * self.fs
        gap = (width - count * column_w) / (count - 1)
        return [x + i * (column_w + gap) for i in range(count)], column_w

    def body_units(self, article: Article, column_w: float) -> list[Unit]:
        units: list[Unit] = []
        if article.credit and article.credit_block:
            for printed in article.credit.printed:
                units.append(Unit(self.lead, credit_line(printed, HEI, self.fs), group="credit"))
            units.append(Unit(self.lead * 0.5, group="credit"))
        for n, (kind, text) in enumerate(article.body):
            if n == 0 and article.dateline:
                text = self.lead_in(article) + text
            if kind == "subhead":
                units.append(Unit(self.lead * 0.6))
                lines = paragraph_lines(text, column_w, HEI, self.fs, 0, "center", bold=True)
                for k, (x, glyphs) in enumerate(lines):   # keep with two lines of text
                    units.append(Unit(self.lead * 1.1, glyphs, x, keep=len(lines) - k + 2))
                units.append(Unit(self.lead * 0.4))
            else:
                font = HEI if kind == "list_item" else SONG
                for x, glyphs in paragraph_lines(text.replace(" ", EM_GAP) if kind == "list_item"
                                                 else text, column_w, font, self.fs):
                    units.append(Unit(self.lead, glyphs, x))
                if kind == "list_item" and (n + 1 == len(article.body) or article.body[n + 1][0] != "list_item"):
                    units.append(Unit(self.lead * 0.5))
        return units

    def lead_in(self, article: Article) -> str:
        if article.credit is None or article.credit_block:
            return article.dateline + EM_GAP
        names = article.credit.printed[0] if article.credit.printed else article.credit.byline.replace(" ", EM_GAP)
        return article.dateline + (EM_GAP if article.lead_gap else "") + "（" + names + "）"

    def flow(self, units: list[Unit], tops: list[float], limit: float | None = None
             ) -> tuple[float, list[tuple[int, float, Unit]]] | None:
        """Place units down the columns (tops = first free y of each); None if over ``limit``."""
        column, y, placed = 0, tops[0], []
        for n, unit in enumerate(units):
            if unit.glyphs is None and y == tops[column]:
                continue                         # no space at the top of a column
            needed = sum(u.height for u in units[n:n + 1 + unit.keep])
            if limit is not None and y + needed > limit + 0.01:
                column += 1
                while column < len(tops) and tops[column] + needed > limit + 0.01:
                    column += 1
                if column >= len(tops):
                    return None
                y = tops[column]
                if unit.glyphs is None:
                    continue
            placed.append((column, y, unit))
            y += unit.height
        return y, placed

    def balanced(self, units: list[Unit], tops: list[float]) -> tuple[float, list]:
        """The shortest column height that holds every unit."""
        total = sum(u.height for u in units)
        limit = max(tops[0] + self.lead, (total + sum(tops)) / len(tops))
        while True:
            result = self.flow(units, tops, limit)
            if result is not None:
                return limit, result[1]
            limit += self.lead / 4

    # items ----------------------------------------------------------------------------
    def photo_block(self, photo: Photo, x: float, y: float, width: float, group: str
                    ) -> tuple[float, list[tuple[float, float, Glyphs]]]:
        """Draw the photo box; return the caption's height and lines (y from block top)."""
        height = photo.height_em * self.fs
        self.ops.rect(group + ".photo", x, y, width, height, fill=0.82, stroke=0)
        self.ops.rect(group + ".photo", x + width * 0.15, y + height * 0.35, width * 0.3, height * 0.45,
                      fill=0.62, stroke=0)
        self.ops.rect(group + ".photo", x + width * 0.55, y + height * 0.2, width * 0.3, height * 0.6,
                      fill=0.7, stroke=0)
        size = self.fs * 0.9
        pitch = size * 1.5
        lines, cy = [], height + pitch * 0.4
        paragraphs = list(photo.caption)
        credit_lines = photo.credit.printed if photo.credit else []
        if photo.credit_inline and credit_lines:
            paragraphs[-1] = paragraphs[-1] + EM_GAP + credit_lines[0]
            credit_lines = credit_lines[1:]
        for text in paragraphs:
            for lx, glyphs in paragraph_lines(text, width, HEI, size):
                cy += pitch
                lines.append((lx, cy, glyphs))
        for printed in credit_lines:
            glyphs = credit_line(printed, HEI, size)
            cy += pitch
            natural = glyphs.runs[-1][1] + size * len(glyphs.runs[-1][0]) if glyphs.runs else 0
            lines.append((width - natural, cy, glyphs))
        return cy + pitch * 0.4, lines

    def place_photo(self, place: Place, y: float) -> float:
        photo = place.item
        x, width = self.grid_x(place.col), self.span_w(place.span)
        width = (width // self.fs) * self.fs
        group = f"photo{len(self.gold)}"
        top = y
        if photo.title:
            glyphs = paragraph_lines(photo.title, width, HEI, self.fs * 1.5, 0, "center", bold=True)
            for lx, g in glyphs:
                top += self.fs * 1.5 * 1.3
                self.ops.text(group + ".head", x + lx, top - self.fs * 0.3, g)
            top += self.fs * 0.5
        height, lines = self.photo_block(photo, x, top, width, group)
        for lx, ly, glyphs in lines:
            self.ops.text(group + ".caption", x + lx, top + ly, glyphs)
        self.gold.append(gold_item("photo", title=photo.title, credit=photo.credit,
                                   body=[("paragraph", p) for p in photo.caption]))
        return top + height - y

    def place_article(self, place: Place, y: float) -> float:
        article = place.item
        x, width = self.grid_x(place.col), self.span_w(place.span)
        group = article.key
        align = "left" if place.head in ("left", "beside") else "center"
        if place.head == "beside":
            head_w = max(self.span_w(1) * 0.45, place.title_size * 5) if place.span > 1 else width * 0.42
            head_w = (head_w // place.title_size) * place.title_size
            head = self.headline(article, head_w, place.title_size, "left")
            body_x, body_w = x + head_w + self.fs * 1.5, width - head_w - self.fs * 1.5
            lefts, column_w = self.columns(body_x, body_w, place.columns)
            head_x, head_y, head_h = x, y, head[-1][1] + place.title_size * 0.4
            tops = [y] * place.columns
        else:
            if place.head == "corner":             # L-shape: headline over columns 2..n
                lefts, column_w = self.columns(x, width, place.columns)
                head_x = lefts[1]
                head_w = x + width - head_x
            else:
                lefts, column_w = self.columns(x, width, place.columns)
                head_x, head_w = x, width
            head = self.headline(article, head_w, place.title_size, align)
            head_h = head[-1][1] + place.title_size * 0.6
            head_y = y
            tops = [y + head_h] * place.columns
            if place.head == "corner":
                tops[0] = y
        units = self.body_units(article, column_w)
        captions = []
        if article.photo:
            first, last = place.photo_cols
            px = lefts[first]
            pw = lefts[last - 1] + column_w - px
            block_top = max(tops[first:last])
            ph, lines = self.photo_block(article.photo, px, block_top, pw, group)
            for lx, ly, glyphs in lines:
                self.ops.text(group + ".caption", px + lx, block_top + ly, glyphs)
            for c in range(first, last):
                tops[c] = block_top + ph + self.lead * 0.5
            captions.append(article.photo)
        limit, placed = self.balanced(units, tops)
        for column, uy, unit in placed:
            if unit.glyphs is not None:
                self.ops.text(group + "." + unit.group, lefts[column] + unit.x, uy + self.lead * 0.78,
                              unit.glyphs)
        for hx, hy, glyphs in head:
            self.ops.text(group + ".head", head_x + hx, head_y + hy, glyphs)
        self.gold.append(gold_item("article", article, captions=captions))
        return max(limit, head_y + head_h) - y

    def lay_out(self) -> None:
        spec = self.spec
        bottoms = [self.MARGIN + self.fs * 5] * spec.grid
        self.furniture_top()
        for place in spec.places:
            cols = range(place.col, place.col + place.span)
            y = max(bottoms[c] for c in cols)
            if y > self.MARGIN + self.fs * 5:
                self.ops.rule("rules", self.grid_x(place.col), y + self.fs * 0.6,
                              self.grid_x(place.col) + self.span_w(place.span), y + self.fs * 0.6, 0.4)
                y += self.fs * 1.4
            height = (self.place_photo(place, y) if isinstance(place.item, Photo)
                      else self.place_article(place, y))
            for c in cols:
                bottoms[c] = y + height
        self.height = max(bottoms) + self.fs * 2
        if not spec.editor_on_top:
            glyphs = credit_line(spec.editor, HEI, self.fs * 0.9)
            x = self.MARGIN
            if spec.editor_align == "right":
                x = self.width - self.MARGIN - _natural(spec.editor, HEI, self.fs * 0.9)
            self.ops.text("furniture.editor", x, self.height, glyphs)
            self.height += self.fs * 1.5
        self.height += self.MARGIN
        parts = (str(spec.number), spec.section, spec.date)
        if spec.running:
            parts = [text for side in ("left", "right") for text, _, _, where in spec.running if where == side]
        others = [("paragraph", part.replace(EM_GAP, " ")) for part in parts]
        self.gold.insert(0, gold_other(others))
        editor = gold_other([("paragraph", spec.editor_gold or spec.editor.replace(EM_GAP, " "))])
        if spec.editor_on_top:
            self.gold.insert(1, editor)
        else:
            self.gold.append(editor)

    def furniture_top(self) -> None:
        spec, y = self.spec, self.MARGIN + self.fs * 2.2
        if spec.running:
            self.running_head(y)
            return
        number = credit_line(str(spec.number), HEI, self.fs * 2.4)
        self.ops.text("furniture.head", self.MARGIN, y + self.fs * 0.4, number)
        self.ops.text("furniture.head", self.MARGIN + self.fs * 4, y, credit_line(spec.section, HEI, self.fs * 1.6))
        date = credit_line(spec.date, SONG, self.fs)
        self.ops.text("furniture.head", self.width - self.MARGIN - self.fs * 12, y, date)
        if spec.editor_on_top:
            self.ops.text("furniture.editor", self.width / 2 - self.fs * 3, y, credit_line(spec.editor, HEI, self.fs * 0.9))
        self.ops.rule("furniture.rule", self.MARGIN, y + self.fs * 1.0, self.width - self.MARGIN, y + self.fs * 1.0, 1.5)

    def running_head(self, y: float) -> None:
        """Pieces from the left margin rightwards and from the right margin leftwards."""
        spec, gap = self.spec, self.fs * 1.5
        left = [p for p in spec.running if p[3] == "left"]
        right = [p for p in spec.running if p[3] == "right"]
        x = self.MARGIN
        for text, font, factor, _ in left:
            size = self.fs * factor
            self.ops.text("furniture.head", x, y + (self.fs * 0.4 if factor > 2 else 0), credit_line(text, font, size))
            x += _natural(text, font, size) + gap
        x = self.width - self.MARGIN
        for text, font, factor, _ in reversed(right):
            size = self.fs * factor
            x -= _natural(text, font, size)
            self.ops.text("furniture.head", x, y + (self.fs * 0.4 if factor > 2 else 0), credit_line(text, font, size))
            x -= gap
        self.ops.rule("furniture.rule", self.MARGIN, y + self.fs * 1.0, self.width - self.MARGIN, y + self.fs * 1.0, 1.5)


def _natural(text: str, font: str, size: float) -> float:
    return sum(w for _, w in tokens(text, font, size))


def gold_item(kind: str, article: Article | None = None, *, title=None, credit: Credit | None = None,
              body=(), captions=()) -> dict:
    if article is not None:
        credit, body, title = article.credit, article.body, article.title
    return {
        "type": kind,
        "kicker": article.kicker if article else None,
        "title": title.replace(EM_GAP, " ").replace("\n", "") if title else None,
        "subtitle": article.subtitle if article else None,
        "dateline": article.dateline if article else None,
        "byline": credit.byline if credit else None,
        "authors": [{"role": role, "name": name} for role, name in credit.authors] if credit else [],
        "body": [{"kind": kind, "text": text} for kind, text in body],
        "captions": [{"text": "".join(p.caption),
                      "byline": p.credit.byline if p.credit else None,
                      "authors": [{"role": r, "name": n} for r, n in p.credit.authors] if p.credit else []}
                     for p in captions],
    }


def gold_other(body) -> dict:
    return {"type": "other", "kicker": None, "title": None, "subtitle": None, "dateline": None,
            "byline": None, "authors": [], "body": [{"kind": k, "text": t} for k, t in body],
            "captions": []}


# --- drawing and extraction -----------------------------------------------------------

def draw(layout: Layout, order: list[str], path: Path) -> None:
    """Write the PDF, drawing groups in ``order`` (prefix match), the rest after."""
    pdf = canvas.Canvas(str(path), pagesize=(layout.width, layout.height), invariant=1)
    height = layout.height
    names = list(layout.ops.groups)
    ordered = [n for prefix in order for n in names if n == prefix or n.startswith(prefix + ".")]
    ordered += [n for n in names if n not in ordered]
    seen = set()
    for name in ordered:
        if name in seen:
            continue
        seen.add(name)
        for op in layout.ops.groups[name]:
            if op[0] == "text":
                _, x, y, glyphs = op
                text = pdf.beginText()
                text.setFont(glyphs.font, glyphs.size)
                text.setTextRenderMode(2 if glyphs.bold else 0)   # Tr outlives BT/ET
                if glyphs.bold:
                    pdf.setLineWidth(glyphs.size * 0.025)
                for run, dx in glyphs.runs:
                    text.setTextOrigin(x + dx, height - y)
                    if glyphs.font == SONG and run in SONG_LACKS:
                        text.setFont(HEI, glyphs.size)
                        text.textOut(run)
                        text.setFont(glyphs.font, glyphs.size)
                    else:
                        text.textOut(run)
                pdf.drawText(text)
            elif op[0] == "rect":
                _, x, y, w, h, fill, stroke = op
                pdf.setFillGray(fill)
                pdf.rect(x, height - y - h, w, h, fill=1, stroke=1 if stroke else 0)
                pdf.setFillGray(0)
            else:
                _, x0, y0, x1, y1, width = op
                pdf.setLineWidth(width)
                pdf.line(x0, height - y0, x1, height - y1)
    pdf.showPage()
    pdf.save()


def content_order(layout: Layout) -> list[str]:
    """Headlines first, unless the page drew them after their article."""
    order = ["furniture"]
    for place in layout.spec.places:
        key = place.item.key if isinstance(place.item, Article) else None
        if key is None:
            continue
        parts = ["credit", "body", "photo", "caption"]
        order += [f"{key}.{p}" for p in (parts + ["head"] if place.head_last else ["head"] + parts)]
    return order


def run(*command: str, env=None) -> None:
    subprocess.run(command, check=True, env=env)


def fontconfig_file(work: Path) -> Path:
    """A fontconfig file that renders the non-embedded STSong as a serif face."""
    path = work / "fonts.conf"
    path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern">
    <test name="family"><string>STSong</string></test>
    <edit name="family" mode="assign" binding="strong"><string>{SERIF_FOR_RENDERING}</string></edit>
  </match>
</fontconfig>
""", "utf-8")
    return path


def extract(pdf: Path, out: Path, name: str, work: Path, ocr: bool) -> None:
    for style, flags in (("plain", []), ("raw", ["-raw"]), ("layout", ["-layout"])):
        run("pdftotext", *flags, "-enc", "UTF-8", str(pdf), str(out / f"{name}.{style}.txt"))
    if not ocr:
        return
    env = dict(os.environ, FONTCONFIG_FILE=str(fontconfig_file(work)), OMP_THREAD_LIMIT="1")
    run("pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(work / name), env=env)
    run("tesseract", str(work / f"{name}.png"), str(work / name), "-l", "chi_sim", "quiet", env=env)
    shutil.copy(work / f"{name}.txt", out / f"{name}.ocr.txt")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--keep", type=Path, help="keep PDFs and renders in this folder")
    parser.add_argument("--pages", help="comma-separated page names (default: all)")
    parser.add_argument("--no-ocr", action="store_true", help="skip rendering and tesseract")
    args = parser.parse_args(argv)
    register_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = set(args.pages.split(",")) if args.pages else None   # p7 or p7_yaowen4
    with tempfile.TemporaryDirectory() as temp:
        work = args.keep or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        for spec in PAGES:
            if wanted and spec.name not in wanted and spec.name.split("_")[0] not in wanted:
                continue
            layout = Layout(spec)
            layout.lay_out()
            pdf = work / f"{spec.name}.pdf"
            draw(layout, content_order(layout), pdf)
            extract(pdf, args.out, spec.name, work, not args.no_ocr)
            gold = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in layout.gold)
            (args.out / f"{spec.name}.gold.jsonl").write_text(gold, "utf-8")
            print(f"{spec.name}: {len(layout.gold)} items", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
