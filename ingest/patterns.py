"""The genre's wording, as patterns: what marks a ceiling, a year, a unit, discretion.

Everything ingest knows about how Chinese support policies phrase money lives here or in
the vocabulary, never in code written for one document.
"""

from __future__ import annotations

import re
from decimal import Decimal

CN_NUM = "零〇一二两三四五六七八九十百千万"

SEGMENT_BREAK = re.compile(r"[，,；;：:]")
"""Where a comma-segment of a sentence ends."""

VOUCHER = (r"(?:创新|科技|服务|算力|模型|数据|语料|检验|检测|认证|设计|研发|应用|转型|数字化|人才|培训|知识产权|技术"
           r"|文旅|消费|云服务?|智能化|绿色|质量|标准化)券")
PRIZE_GRADE = r"(?:[一二三四五六七八九特][等级]奖|(?<![资现])[金银铜]奖|优秀奖)"
PRIZE_GRADE_AMOUNTS = (rf"(?:^|(?<=[，,：:；;]))\s*{PRIZE_GRADE}\s*(?:每[项个件])?\s*[0-9０-９][0-9０-９.．]*\s*万?元"
                       rf"\s*[、，,；;]\s*{PRIZE_GRADE}\s*(?:每[项个件])?\s*[0-9０-９]")
"""A prize's grades listed with their amounts and no grant word (对获得区专利奖的发明人，一等奖6万元、二等奖4万元):
each grade's amount is paid, the grade its tier (``tiers.inline_tier``) — no_match: grades counted
(一等奖3项、二等奖5项), the prizes a contest sets up (大赛设一等奖8万元、二等奖4万元), 资金奖励."""
GRANT = re.compile(r"给予|奖励|补助|资助|补贴|支持|奖补|贴息|返还|扶持|(?:最高|不超过)\s*配套|配套(?:额度|金额|上限)|"
                   r"(?<![等金银铜秀])奖(?=\s*[0-9０-９])|" + PRIZE_GRADE_AMOUNTS + "|" + VOUCHER)
"""A sentence that grants something contains one of these (奖 alone right before its amount too:
分别奖30万元、10万元, 每件奖1000元; not a prize's name before its amount, 一等奖10万元, 金奖5万元); a ceiling
of a matching grant too (原则上单个项目最高配套额度为500万元 after 分别给予70%、50%配套: that rate's ceiling),
not 配套 of facilities or firms (配套设施, 配套企业). A voucher the payee spends is a grant too (创新券, 算力券,
服务券: 每年可使用的创新券额度不超过 30 万元 → annual_up_to; 单张最高限额为 2 万元 → up_to per 张): the
vouchers of the genre by name, not any 券 — not a bond or a security (债券, 国库券, 证券: no_match
企业发行债券融资5亿元, 企业持有的国库券金额), nor a ticket or a shop's coupon (门票券, 优惠券, 购物券)."""

BUDGET = re.compile(r"安排|预算|引导基金|基金规模|(?:贷款|申请|授信|担保)额度"
                    r"|(?:发放|投放|发行)[^，。；0-9０-９]{0,10}?券|券(?:总额|总量|规模|资金池)"
                    r"|^\s*(?:全年|每?年度)(?:奖励|补助|资助|补贴|扶持|支持)?(?:资金|经费)(?:总额|总量|总计|规模)?")
"""An amount in a segment like this is the authority's budget (or a loan limit:
创业担保贷款个人申请额度由30万元提高至50万元),
not a benefit — unless a grant verb stands between the two (南沙创业投资引导基金可以跟进投资的方式最高给予3000万元).
A segment that opens with the year's total of the programme, naming no payee (…每家企业给予5万元奖励，全年奖励资金
不超过150万元; 年度补助资金总额不超过800万元; 给予20万元奖励，年度资金原则上不超过500万元; 每年度支持资金原则上不超过
2000万元; 年度扶持经费总额不超过) is its budget too (no_match: 单家企业全年奖励资金不超过300万元 — one payee's). So is
the total of vouchers issued (分三批发放数字消费券1000万元, 投放算力券总额5000万元; no_match: 单张最高限额为 5 万元 —
one voucher's ceiling)."""
BUDGET_THEN_GRANT = re.compile(r"给予|予以")
SENTENCE_BUDGET = re.compile(r"预算安排|安排[^，。；0-9０-９]{0,4}资金")
SHARE_GRANT = re.compile(r"给予|予以|(?:奖励|补助|资助|补贴|扶持)(?![^，。；0-9０-９]{0,3}资金)|最高|不超过"
                         r"|支持(?=\s*(?:[0-9０-９]|$))")
"""What makes an amount after a budget an award after all: 每年安排2000万元资金，对引进的重点企业奖励100万元;
支持 right before the amount (每年安排专项资金1000万元，对新认定的X级Y一次性支持50万元) (not
重点研发计划资助等资金10亿元, a share named by what it funds; no_match: 其中支持城市轨道交通40.2亿元, 支持总额为
490亿元 — 支持 names what the budget funds, not a payee's award)."""
"""Once a sentence speaks of the authority's budget (预算安排, 安排…资金) or sets an amount aside as one, its later
amounts with no 给予 / 予以 between are shares of it too: 市财政预算安排46.9亿元重点支持交通建设，其中支持城市轨道交通
40.2亿元，支持铁路建设…6.7亿元; 上述领域X级财政预算安排资金…，支持总额为490亿元 (no_match: 每年安排专项资金1000万元，
对…企业给予最高50万元奖励 — granted; 结合专项资金年度预算…，单个项目的补助上限不超过200万元 — the budget weighed, not
set aside)."""
BUDGET_SHARE = re.compile(r"^\s*其中")
GRANT_VERB = re.compile(r"给予|予以|奖励|最高|不超过|补贴|资助|贴息|奖补")
"""A share of a budget: a sentence or segment opening with 其中, no grant verb before its amount in the
sentence (其中，用于民生设施建设资金 22 亿元，城市路网…建设资金 32.8 亿元; 预算安排 46.9 亿元重点支持交通建设，
其中支持城市轨道交通 40.2 亿元), unlike 其中，对主动设计…可给予最高 1000 万元补助 and 发放住房补贴，
其中本科生2万元."""

THRESHOLD_AFTER = re.compile(r"^\s*(?:[（(]含[^（()）]{0,4}[）)])?\s*(?:以上|以下|以内|及以上|及以下|[—\-–~～至到]"
                             r"|(?:增加|提高|增长|上升|提升|扩大)(?:到|至))")
THRESHOLD_BEFORE = re.compile(
    r"[—\-–~～至到]\s*$|[（(]含\s*$|(?:达到|达|(?<!不)超过|满|不低于|(?<!不)低于|不足|少于|未达到|突破|首次突破|累计达|年均|大于|(?<!不)高于|多于)\s*$")
"""An amount followed by 以上 (after a bracket of what it includes too: 单台设备5万元(含税)以上) or inside a range is
an eligibility threshold, and so is the figure a quantity of the payee grows from (营业收入由5000万元增加到1亿元以上的;
not the old figure of an award's rate or ceiling, ``RAISED_FROM``); so is one after 大于
(入表金额大于100万元的), one the payee falls short of (投资额不足60万元的不予补助) and one restated in brackets
(达到2亿元以上(含2亿元)的)."""

AWARD_NOUN = r"(?:资助|奖励|补助|补贴|奖补|扶持|支持)"
"""The award's own words, as the subject of a figure that is the award's (补贴标准不低于X元, 奖励标准由X元提高到Y元,
按…标准给予补助): one list for the floor (``AWARD_FLOOR_BEFORE``), the standard given (``AWARD_FLOOR_AFTER``) and a
raised standard (``RAISED_TO``)."""
PAYEE_ACTION = r"(?:投入|投资|建设|建成|配套|自筹|考核|完成|改造|购置|支付|缴纳|实施|新增|达到|用于|承担)"
"""Verbs the payee performs: a figure followed by one is what the payee must spend, build or reach, never the
award (按每年不低于X元标准投入研发的, 按不低于X元标准建设的, 按每户不低于X元标准完成改造的, 须按不低于X元标准配套自筹
资金, 按每年新增投资额不低于X元的标准考核; 企业在N年内按40%、30%、30%比例支付设备款的)."""
_FIGURE_LIST_AFTER = r"^\s*(?:(?:[、，,]|和|及)\s*[0-9０-９][0-9０-９.．]*\s*[万亿]?元)*\s*"
AWARD_FLOOR_BEFORE = re.compile(
    rf"(?:(?P<grant>{AWARD_NOUN}(?:资金|金额)?(?:标准)?(?:原则上)?)"
    r"|(?P<by>按(?:照)?\s*(?:每[\u4e00-\u9fff]{1,6}?)?))\s*不低于\s*$")
AWARD_FLOOR_AFTER = re.compile(
    _FIGURE_LIST_AFTER + rf"的?\s*标准\s*(?:给予|予以|发放|拨付)?\s*(?:[^，,。；;的]{{0,8}}?){AWARD_NOUN}"
    rf"(?![^，,。；;]*的\s*(?:[，,；;]|$))")
AWARD_FLOOR_REFUSED = re.compile(_FIGURE_LIST_AFTER + rf"(?:的|{PAYEE_ACTION}|的?\s*标准\s*{PAYEE_ACTION})")
RECEIVED_BEFORE = re.compile(r"获得|取得|争取|获批|申请到")
"""An amount after 不低于 that is the award's own floor, not a figure the payee must reach. The words around it must
say the award: 不低于 right after the award's word as its subject (每人每月补贴标准不低于X元, 一次性给予补助不低于X元),
or after 按 / 按每… with 标准 and the award's word after the amount or its list (按每张床位不低于X元标准给予建设补助,
按照每年不低于X元标准给予服务补贴, 每人每月分别按不低于X元、Y元标准给予补贴). Refused (``AWARD_FLOOR_REFUSED``) when the
figure is followed by 的 (it closes a condition: 对补助金额不低于X元的项目, 奖励资金不低于X元的重大项目) or by a verb of
the payee (``PAYEE_ACTION``, after the amount or after 标准); refused when the award's word is one the payee received
(``RECEIVED_BEFORE``: 对获得国家资助资金不低于X元的项目), or when what is given after 标准 closes a condition itself
(企业按不低于X元标准给予员工补贴的). When unsure, no award: a missed row is better than a wrong sure amount.
Read as the award's floor: the part the authority makes sure; the most is the clause's ceiling when printed in the
next segment (补贴标准不低于X元，最高不超过Y元: one row, ``FLOOR_THEN_CEILING``), else not stated
(docs/eligibility.md, "An award's floor"). no_match: 年缴税额不低于1000万元的企业 (the payee's quantity),
按不低于投资额5%的比例 (a rate), 补贴不低于Z级标准 (no figure: ``CASE_BY_CASE``)."""
AWARD_FLOOR_PLAUSIBLE = (Decimal(1), Decimal(10) ** 11)
"""The figures an award's floor may have (in 元, bounds included): a floor of 0元 is no award, and one above 1000亿元 is
a misprint or a misreading, never a sure amount (as the understanding refuses 1e9万, ``MAX_AMOUNT``)."""
FLOOR_THEN_CEILING = re.compile(r"^\s*[，,]\s*(?:但|且)?\s*(?:最高|最多)\s*(?:不超过|不高于|为)?\s*$"
                                r"|^\s*[，,]\s*(?:但|且)?\s*(?:不超过|不高于)\s*$")
"""Between an award's floor and its ceiling, the ceiling's words (不低于X元，最高不超过Y元): the ceiling is the floor's
own most, one row (no_match: 不低于X元，给予最高Y元 — another grant)."""

CEILING_AFTER = re.compile(
    r"^\s*(?:以内|之内)(?=\s*的?\s*(?:(?!的|给|予|企业|单位|机构|公司|个人|人才|项目)[\u4e00-\u9fff]){0,8}?"
    r"(?:奖励|补贴|补助|资助|经费|奖金|扶持|奖补))")
"""A ceiling printed after its amount, an award following it: 给予600万元以内的运营费补贴 (up_to 600万), not a
threshold like 营业收入500万元以内的小微企业 (a party follows) or 500万元以内的，给予补助."""
CLOSES_A_CONDITION = re.compile(r"^\s*(?:人民币)?\s*的\s*[，,；;]")
"""An amount closing a 的-phrase that ends its segment, in a segment that grants nothing, is what the payee must
have: 到位注册资本1.7亿元人民币的，给予170万元人民币奖励 (a threshold; only 170万元 is paid) (no_match:
给予最高200万元的，… — a grant verb before it)."""
BOUNDS_THE_PARTY = re.compile(r"^\s*(?:[（(]含[^（()）]{0,4}[）)])?\s*(?:人民币)?\s*的\s*[^，,。；;0-9０-９]{0,10}?"
                              r"(?:企业|单位|机构|公司|项目|主体|商户|组织|团队)")
BOUNDS_THE_PARTY_OPENER = re.compile(r"\s*(?:对于|对)")
"""An amount in a 对-phrase closing 的 and the party it describes, with no grant verb before it, bounds a quantity
of the payee, whatever the bound word (不超过, 不高于, 低于): 对年营业收入不超过2000万元的小微企业，给予10万元补贴,
对上年度纳税额不高于500万元的科技型企业 — a threshold, not a ceiling of the award (no_match: 给予不超过50万元的补贴 —
a grant verb before it; 对企业给予最高不超过200万元的资金支持)."""
_STEP_WORDS = r"每\s*(?:超过|增加|增长|新增|净增|提高|多|(?:新|新跨|跨)?上一个)\s*"
STEP_BEFORE_AMOUNT = re.compile(_STEP_WORDS + "$")
"""The words of a step right before an amount (每超过1亿元, 每增长5000万元): the amount is the step, no award
(``AMOUNT_STEP``)."""
AMOUNT_STEP = re.compile(_STEP_WORDS +
                         r"(?P<n>[0-9０-９.．]+)\s*(?P<unit>亿元|万元|元)(?:人民币)?"
                         r"\s*[，,]?[^0-9０-９，,。；;]{0,8}$")
"""Each step of a quantity the award is counted per: 每超过1亿元人民币，给予100万元人民币奖励 (per 亿元; the step
itself is no award)."""
STEP_SCALE = re.compile(r"每\s*(?:新|新跨|跨)?上一个\s*(?P<n>[0-9０-９.．]+)\s*(?P<unit>亿元|万元)级?台阶")
"""A scale of steps reached (营业收入每新上一个X亿元级台阶的企业，…给予Y万元): the award is paid per step newly reached,
per ``X亿元级台阶``, however far the award is printed after it in its sentence; the step's figure is no award
(``STEP_BEFORE_AMOUNT``). The steps are counted from the company's figures (how many are new is asked)."""
STEP_SCALE_ENDS = re.compile(r"[；;]")
"""A semicolon closes a step scale's part of the sentence: an award after it is not paid per step."""
BRACKET_AFTER = re.compile(r"^\s*[（(]含[）)]\s*的")
NO_AWARD_BEFORE = re.compile(r"给予|予以|奖励|补助|资助|补贴|支持|扶持")
"""An amount closing a bracket of eligibility with 含 and 的, in a segment that grants nothing, is a threshold:
单笔投资额
不超过500万元（含）的，按投资额的4%给予奖励; 超过500万元不超过1000万元（含）的部分按…2% (no_match:
给予不超过50万元（含）的
补贴 — a grant verb before it)."""
AMOUNT_RANGE_LOW = re.compile(r"(?P<low>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(?:万元|万|元)?\s*[—\-–~～至到]\s*$")
AWARD_AFTER_RANGE = re.compile(
    r"\s*(?:的)?\s*(?:标准|(?:(?!的|给予?|予以?|对|企业|单位|机构|公司|个人|人才|项目|园区|平台)[\u4e00-\u9fff]){0,6}?"
    r"(?:奖励|补贴|补助|资助|安家费|经费|奖金|扶持|支持))")
RANGE_THRESHOLD_BEFORE = re.compile(r"(?:在|达到|达|为|超过|满|从)\s*$")
"""A range of amounts paid is a ceiling at its upper end (the range kept as printed): 按每人5-10万元标准, 一次性给予个人
20-40万元安家费, 给予个人0.5-1万元奖励,
给予企业10万元—100万元资金支持 (each end with its unit) — the award word right after the range, no party or grant
verb between. A range that is a bracket of eligibility is a threshold:
年度区级贡献在100万元至300万元
（含300万元）的 (after 在, or not followed by what it pays), and so is a range describing the party after it
(no_match: 对年营业收入1000-5000万元的企业给予奖励10万元 — 的企业给予奖励 is who is paid, then what)."""
GROUP_JOINER = re.compile(r"^\s*(?:[、和及与或]|以及)\s*$")
"""Text between two amounts of one list (500万元、100万元和50万元)."""

LISTED_AFTER = re.compile(r"其中")
SEGMENT_LABEL = re.compile(r"^\s*(?:其中[，,]?\s*)?(?P<label>"
                           r"(?:(?!给予|予以|奖励|补助|资助|补贴|支持|最高|不超过|每|按|对|为)[\u4e00-\u9fff]){2,8})\s*$")
"""After 其中, amounts each in a segment of its own after nothing but a label are a list paid by those labels:
发放住房补贴，其中本科生2万元，硕士研究生4万元，博士研究生6万元 (tiers 本科生, 硕士研究生, 博士研究生; no_match: 其中，
单个产品补贴金额最高不超过500万元 — a ceiling, not a label)."""
BAND_SEGMENT = re.compile(
    r"^\s*(?:[^，,。；;0-9０-９]{0,12}?(?:首次)?(?:达到|达)(?![到成])\s*)?"
    r"(?P<label>[^，,。；;]{0,8}?[0-9０-９][0-9０-９.．]*\s*[万亿]?元[^，,。；;给奖补资]{0,20}?)"
    r"(?:的\s*(?:每[个家户项])?|(?<=[）)]))\s*(?:奖励|给予|补助|资助|补贴|奖补)\s*$")
"""A scale printed step by step, each step's band of the payee's figure opening its own segment before its
award (首次达到500万元以上（含）1000万元以下的奖励1万元，首次达到1000万元以上的（含）奖励3万元;
投资额在A元至B元的每个奖励X元，投资B元以上的每个奖励Y元): each band is its amount's tier, the words reaching it
(首次达到) dropped. Read only when two or more steps of the sentence are so printed (``BAND_SEGMENT_STEPS``);
no_match: 对营业收入首次达到1亿元、5亿元的，分别奖励… (a list, aligned as tiers already), 给予500万元以上的企业奖励
(the figure after the grant word)."""
BAND_SEGMENT_STEPS = 2
"""How many steps of a scale a sentence prints segment by segment before each band is read as a tier."""
CEILING_LIST_LEAD_IN = re.compile(r"(?:给予|奖励|补助|资助|补贴|支持|扶持|奖补)[^。；;：:\n，,]{0,6}"
                                  r"(?:额度|标准|金额|限额|上限)(?:为|如下"
                                  r"|(?P<ceiling>不超过|不高于|最高)\s*(?:为)?\s*(?:以下|如下)(?:标准|额度|金额|限额)?)?"
                                  r"\s*[：:]")
"""A lead-in naming the measure of an award and ending in a colon (资助额度：, 补贴标准为：, 支持金额如下：): the
amounts after it, up to the end of its paragraph or sentence (。), are a list paid by the kinds printed before each —
the items may be separated by ；, so an item with no grant word of its own is still granted by the lead-in. A lead-in
that prints the ceiling word once for the whole list (申请资助资金的额度不超过以下标准：戏曲、话剧项目 250 万元；
歌剧项目 400 万元; 补助金额最高如下：) makes every amount of the list a ceiling, each after its kind with no word
between (``KIND_BEFORE_AMOUNT``)."""
KIND_BEFORE_CEILING = re.compile(
    r"^\s*(?P<label>(?:(?!给予|予以|奖励|补助|资助|补贴|支持|最高|不超过|最多|每|按|对|为|单个|单家|同一)"
    r"[\u4e00-\u9fff、“”（）()\s]){2,40}?)\s*(?:每年|年度)?\s*(?:(?:资助|支持|补助|补贴|奖励)(?:额度|金额|标准)?)?"
    r"\s*(?:为)?\s*(?:最高|不超过|最多)+\s*(?:为)?\s*$")
"""In a list after ``CEILING_LIST_LEAD_IN``, the kind printed right before its ceiling is that row's tier: 资助额度：
歌剧、舞剧项目不超过400万元；杂技剧项目不超过300万元 (tiers 歌剧、舞剧项目, 杂技剧项目); 补贴标准为：沿海地区每年最高
6000元，其他地区每年最高4000元 (沿海地区, 其他地区). no_match: 对入选企业给予最高50万元 (a grant, not a kind);
单个项目不超过20万元 (a ceiling of each payee)."""
KIND_BEFORE_AMOUNT = re.compile(
    r"^\s*(?P<label>(?:(?!给予|予以|奖励|补助|资助|补贴|支持|最高|不超过|最多|每|按|对|为|单个|单家|同一)"
    r"[\u4e00-\u9fff、“”（）()\s]){2,40}?)\s*$")
"""In a list after a lead-in that prints the ceiling word once (``CEILING_LIST_LEAD_IN`` with its ceiling), the kind
printed right before each amount is that row's tier: …不超过以下标准：戏曲、话剧项目 250 万元；儿童剧项目 120 万元
(tiers 戏曲、话剧项目, 儿童剧项目; no_match: 对入选企业给予 50 万元 — a grant, not a kind)."""
LABELLED_JOINER = re.compile(r"^\s*、")
"""Amounts each printed after its party and joined by 、 (每个项目最高支持限额为甲类企业20万元、乙类企业10万元) are one
list: each amount's party is its tier (and its payee), read by ``ceiling_by_party`` in
``ingest/data/beneficiary_phrases.yaml``."""

UNIT_SUFFIX = re.compile(r"(?:/(?:年|亩|人|夜|次|间|项|件|个|张|床|天|月|批|家|台|套|总吨|吨标准煤|吨标煤|吨二氧化碳"
                         r"|吨|平方米|TEU|标箱|千瓦时|千瓦|兆瓦|瓦))+")
"""``元/亩``, ``元/人/夜``, ``元/年`` right after an amount; a ship's gross tonnage or a container (60元/总吨,
10元/TEU); energy saved or carbon cut, capacity or energy (X元/吨标准煤, X元/吨二氧化碳, X元/千瓦, X元/千瓦时: the
longer unit before its head, so 吨标煤 is not read as 吨)."""

CEILING = re.compile(r"最高|不超过|不高于|最多|上限|封顶")
"""A ceiling of the award: 最高, 不超过, 不高于 (分别按每项不高于100万元、30万元和20万元; 给予不高于250万元的扶持 —
not a threshold: 高于 alone is one, ``THRESHOLD_BEFORE``)."""
ANNUAL_BEFORE = re.compile(r"每年|(?<![0-9０-９〇零一二三四五六七八九十第])(?<![0-9０-９] )年度|每一年")
"""每年, 年度最高 — not the year of a figure (2022 年度产值, 第一年度交易额)."""
ONE_OFF_IN_THE_YEAR = re.compile(r"一次性")
"""The year an award is won, paid once: 年度 before 一次性 in the amount's segment names the year of the event
(年度荣获X级表彰的优秀企业一次性给予6万元奖励, 该年度一次性奖励100万元 → fixed), not a yearly payment; 每年 stays
yearly (给予每人每年一次性10万元奖励 → annual), so does a sentence stating years of support (``SEVERAL_YEARS_PAID``)."""
ANNUAL_AFTER = re.compile(r"^的?(?:年度|每年)")
PER_UNIT_BEFORE = re.compile(
    rf"每满?(?P<unit>[0-9{CN_NUM}]*\s*(?:平方米|TEU|标箱|集装箱|总吨|班次|[项件间块亩张次批条台套辆]|(?<!给予每)人(?!\s*给予)|人(?=\s*每?[月年])"
    rf"|(?<=满)家|(?<=[0-9{CN_NUM}])家|家(?=(?:企业|单位|机构|公司)(?![^，。；0-9０-９]{{0,8}}?(?:最多|最高|不超过)))))"
    r"|单(?:个)?(?P<item>项目|项|品种)(?=\s*(?:最高|不超过|奖励|补助|资助|补贴|给予|支持|金额|[0-9０-９]))|"
    r"每个(?!机构|企业|单位|公司|项目|最高|不超过)(?P<thing>[\u4e00-\u9fff]{1,3}?)(?=补贴|补助|奖励|资助|给予)"
    r"|每(?P<bare>个)(?=\s*(?:最高|不超过)\s*(?:给予|奖励|补助|资助|补贴|支持)?\s*(?:[0-9０-９]|$))"
    r"|每个(?P<model>车型|型号)(?=\s*(?:[0-9０-９]|$))"
    r"|(?<![0-9０-９一二三四五六七八九十每])(?:注册|申请|获得|取得|获批|授权|新增)(?:了)?一(?P<one>件|项)"
    r"(?=(?:(?!的)[\u4e00-\u9fff]){1,8}?(?:奖励|补助|资助|补贴)\s*$)")
"""每TEU, 每标箱, 每集装箱, 每总吨, 每班次 count containers, tonnage or runs (按每TEU给予50元, 进口、出口重箱按每TEU
分别给予10元、50元: per TEU). 单项最高100万元 and 单品种奖励企业200万元 count items (not 单项冠军企业, a name);
每辆3000元 counts vehicles and 给予每个车型20万元 models (per 车型: a kind of product, not a payee like 每个园区);
对…项目，每个最高给予X万元 counts the thing named before it (per 个, never 个最高). One item obtained
right before the award (注册一件商标奖励X元, 获得一项Y奖励X元) counts items too: per 件 / 项, never a fixed X.
每家 alone is each payee (每家给予50万元: a fixed amount); 每满10家 and 按每家企业5万元的标准 (served) count units,
but 每家企业扶持资金最多不超过30万元 is each payee's ceiling. So is 每人 next to 给予 (给予每人2万元奖励,
每人给予一次性科研经费10万元: each person paid, fixed); 按博士学位人员每人8万元的标准 counts the persons a payee
employs (per 人), and a period counts each person (给予每人每月3000元: per 人/月)."""
EACH_PERSON_PAID = re.compile(r"(?:给予|奖励|补助|补贴|资助|发放)\s*每人|每人\s*(?:给予|奖励|补助|补贴|资助|发放)"
                              r"|按\s*每人")
"""A benefit paid to each person (对新引进的全职博士，给予每人5万元生活补贴; 每人给予一次性科研经费10万元;
对来区工作的硕士，按每人3万元给予安家补助): the person is paid, so no party named before it (a heading
支持企业引进人才, an earlier sentence) is its payee (no_match: 按博士学位人员每人8万元的标准给予企业补助 —
persons a payee employs, counted)."""
PER_COUNTED = re.compile(
    rf"每(?:新|成功|多)?(?:[\u4e00-\u9fff]{{1,4}}?)?(?P<n>[0-9０-９{CN_NUM}]+)\s*(?P<unit>家|人|个|项|件|名|户|套|台|家次|人次)"
    rf"(?![0-9０-９{CN_NUM}万元]|\s*(?:及|或)?(?:以上|以下|以内)|\s*[（(]含)")
"""An amount paid for each thing the payee brings or does, counted in the sentence before it: 每新入驻1家跨境电商企业，
给予园区扶持资金1万元 (per 家), 每培训1人给予2000元 (per 人), 每成功推荐1个港澳青年企业…给予1万元奖励 (per 个),
每增加30件，增加资助3万元 (per 30件). It counts for the first amount after it, with no amount between. A count with
以上 / 以下 / （含 after it is a threshold of eligibility, not a unit (no_match: 对每年新引进1家以上规上企业的园区，
给予50万元奖励 — a fixed 50万元)."""
PER_ITEM_CEILING = re.compile(
    r"^\s*单(?:个(?![\u4e00-\u9fff]{0,6}?(?:企业|单位|机构|公司|主体|个人|团队))(?P<item>[\u4e00-\u9fff]{1,6}?)"
    r"|(?P<measure>[台套件颗发笔张](?:[（(][台套件颗发][）)])?)[\u4e00-\u9fff]{0,4}?)"
    r"的?(?P<yearly>年度|每年)?(?:一次性)?(?:奖励|补贴|补助|资助|支持|贴息)?总?(?:金额|资金|额度|上限|额)?\s*(?:原则上)?\s*"
    r"(?:最高|不超过)")
"""A ceiling per item that opens its segment: ，单个药品奖励金额最高不超过500万元 (per 药品), ，单个产品奖励最高
(per 产品), ，单台（套）产品奖励不超过50万元 (per 台（套）). 单个企业 is the payee (no unit); 给予单个园区最高 names the
payee after 给予 and is not at the segment's start. ，单个项目的补助上限原则上不超过200万元 is per 项目;
单笔奖励不超过100万元 per
笔 (each investment or loan); ，单个专利池支持总金额不超过2000万元 per 专利池; ，单张最高限额为 5 万元 per 张 (a
voucher); a year's ceiling per item (，单个项目年度贴息额度不超过 3000 万元) is yearly: annual_up_to per 项目."""
PAYEE_CAP = re.compile(
    r"(?:单个|单一|同一|每家|每个|(?:^|(?<=[，,；;：:]))\s*(?=申请人|[\u4e00-\u9fff]{0,4}权利?人))"
    r"(?P<who>[\u4e00-\u9fff]{0,8}?(?:企业|单位|机构|公司|组织|申请人|权利?人)"
    r"(?:[、和或及][\u4e00-\u9fff]{0,6}?(?:企业|单位|机构|公司|组织|协会|团体|个人))*)(?:原则上)?"
    r"(?:(?:年度|每年)(?:(?!给予|予以)[^，。；0-9０-９]){0,30}?(?:累计|合计|总计|总额|总金额|资助金额|奖励金额)"
    r"[^，。；0-9０-９]{0,4}?|(?:年度|每年|一年内)[^，。；0-9０-９]{0,10}?|[^，。；0-9０-９]{0,6}?(?:金额|总额)[^，。；0-9０-９]{0,4}?)(?:最高|不超过)")
"""A ceiling on all a payee receives (a year): 单个企业年度奖励金额最高不超过1000万元, 同一企业年度补贴金额不超过10万元,
单一企业每年享受本办法规定的各类扶持资金总额不超过500万元,
单个企业年度最高资助或奖励500万元, 单个产业链龙头企业年度奖励金额最高不超过3000万元, a list of parties: 单个企业、
社会组织每年
支持总金额不超过200万元; a year's total however long what it totals (同一企业每年享受本办法扶持资金累计不超过1000万元:
每年/年度 … 累计/合计/总额 … 不超过/最高 with no 给予/予以 between) (a year or a total: 每个机构最高资助
1000万元 is what each is given); an applicant's or a right holder's, named at the start of its segment or after
同一 (申请人年度获得上述资助的总金额不超过2000万元, 同一专利权人一年内奖励金额不超过5万元; no_match: 申请人
可获得不超过10万元资助 — no year, no total). After a per-item ceiling of its
sentence (单个产品…500万元，单个企业…1000万元) it is that item's cumulative ceiling; in a sentence of its own
after rates with no ceiling it is their ceiling; standing alone otherwise, a condition (``enterprise_annual_cap``)."""
RATE_CEILING_ITEM = re.compile(r"每个(?P<item>项目)")
EACH_UNIT_AFTER = re.compile(r"\s*/\s*每个?(?P<unit>[\u4e00-\u9fff]{1,4}?)(?=[（(，,；;。\s]|$)")
"""The item a rate's ceiling counts per: 每个项目 in the sentence before the ceiling (最高支持比例为50%，
每个项目最高支持
限额5万元; 每个项目按…交易金额给予企业5%、不超过50万元的资助 → per 项目), unless a unit printed after the ceiling
names another (每个项目最高支持限额为3万元/每个展位 → per 展位). For a fixed amount, 每个项目 names the payee
(``PER_UNIT_BEFORE`` leaves it out)."""
TIER_OPENER = re.compile(r"^\s*针对(?P<tier>[^，,；;：:。对]{2,20}?)\s*[，,]")
NAMES_A_PAYEE = re.compile(r"(?:^|[，,；;：:])\s*(?:对(?!应)|给予|予以)")
"""A sentence of ceilings only (no grant verb, no 对-phrase, no share) right after a rate with no ceiling is that rate's
ceiling: 按实际履约金额的5%对龙头企业给予奖励。最高不超过300万元。 A second ceiling in it
(单个龙头企业年度奖励金额最高不超过
3000万元) is the rate's cumulative ceiling. Opened by 针对X， it is the rate for X, a tier: each such sentence after the
rate (针对非整车企业，…最高不超过300万元；针对整车企业，…最高不超过3000万元) is a row of the rate with its own ceilings
(no_match: 按投资额的10%给予补助。对新认定的平台给予最高50万元奖励。 — a benefit of its own)."""
PAYEE_TOTAL = re.compile(r"(?:单个|单家|同一|每家|每个)[^，。；0-9０-９]{0,14}?(?:最高|不超过)")
"""A second ceiling of a sentence of ceilings that caps what one payee receives
(单家创业投资机构当期奖励资金不超过200万元):
the rate's cumulative ceiling; two ceilings without one (X级最高100万元，Y级最高50万元) are no ceiling and total."""
ONE_PAYEE = re.compile(r"(?:单个|单家|同一|每家|每个)[\u4e00-\u9fff]{0,8}?(?:企业|单位|机构|公司|组织)")
"""A ceiling on what one payee receives in all (单个企业最高补助200万元, 每家企业年度补助合计最高不超过150万元), not
per item (no_match: 每个项目最高补助50万元, 单台设备最高补助20万元)."""
A_YEARS_TOTAL = re.compile(r"年度|每年|当年")
"""A payee's total counted per calendar year (单个企业年度…, 同一企业每年…), not over all years."""
CORRESPONDING_UNIT = re.compile(r"对应每(?:家|个)(?P<unit>[\u4e00-\u9fff]{1,10}?(?:企业|单位|机构|项目))")
"""A ceiling counted per party the payee deals with: 对应每家供应链配套企业奖励金额最高不超过300万元 (per
供应链配套企业)."""
BASE_LIMIT = re.compile(r"纳入(?:计算|奖励|补贴|补助|支持)?(?:规模|范围|基数)的?(?:金额|额度|规模)")
"""A ceiling on the base a rate is taken of, not on the award: 单个企业纳入计算规模的金额不超过3000万元 (the model
has no
field for it; it is no payee ceiling and no award)."""
SHARED_CAP = re.compile(r"[，,]\s*(?:单个|同一|每家|每个)[^，。；;]{0,16}?(?:最高|不超过|上限)")
"""A ceiling for each item or payee closing the last of a list of shares (…奖励比例不超过25％；…奖励比例不超过30％，
单个项目奖励金额最高不超过3000万元。): it caps the uncapped shares of the list before it too, and those of its own
sentence before it (资助比例上限由50%提高至60%（…制造业企业上限提高至65%），单个企业资助上限由200万元提高至500万元:
both rates capped at 500万元)."""
ABOVE_CAP = re.compile(r"上述[^，。；]{0,8}?(?:以|按)\s*(?=[0-9０-９])")
ABOVE_CAP_AFTER = re.compile(r"\s*(?:为上限|封顶)")
"""A ceiling on the awards stated above (上述奖励金额以1000万元为上限): the shares of its clause with no ceiling
take it; else it caps all support under the clause (``article_cap``)."""
LIST_AFTER = re.compile(r"\s*[：:]")
"""A payee's total ceiling followed by a colon heads the list of unit sums after it
(每个单位或个人年资助总额不超过300万元：其中，…申请费资助1000元/件，…资助8000元/件；…): each unit sum of the clause
has that cumulative ceiling."""
GIVES = re.compile(r"给予|予以|[0-9０-９]\s*%|[0-9０-９]\s*％")
"""A sentence that gives something itself (给予, a share): not only 奖励金额最高…, the cap on what is given
elsewhere."""
BASE_BEFORE = re.compile(
    r"(?:^|[^\u4e00-\u9fff]|[按照的其以为内计等]|年度|每年|当年|实际|实际发生|奖励|给予|合同|使用|(?<![面针应绝])对"
    r"|(?<=[按照的其])年)\s*$")
"""What may stand right before a base quantity's label for the label to name the whole base (and a level of the
vocabulary: ``provisions._base_quantity``):
按合同金额30%, 技术交易额的10%, 实际发生技术交易额, 每年研发经费增量, 奖励投资额度, 按X级奖励金额,
技术合同实际发生技术交易额, 审计等服务费用, 当年购买总额, 使用算力服务费用, 对实际发生费用给予X%. A year right after
按 / 的 names the whole base too (按照年贷款利息的20%: the year's interest; not 3年贷款利息, a sum of years); a party's
name does only for that party (``BASE_OF_A_PARTY``). Other words make a longer name of
another, narrower quantity, left printed and not linked: 纳入奖励范围总投资, 相关投资额, 实际固定资产投资额,
创投基金投资额, 融资租赁合同额 are not 投资总额 or 合同金额."""
BASE_OF_A_PARTY = re.compile(r"(?P<party>项目)\s*$")
"""A party named right before a base quantity's label (按项目注册资本实缴额的3‰, 按照项目总投入的30%): the base is
that party's quantity. It is linked when the project is the payee (示范应用场景项目 paid on its own 总投入) or the
payee's own (实施专利导航项目的单位，按项目服务费用); never when the sentence pays for bringing the project in
(``INTRODUCES_A_PARTY``: 引荐奖按项目注册资本实缴额 — the introduced project's capital is not the introducer's
registered capital): then it is left printed, not linked, and asked."""
INTRODUCES_A_PARTY = re.compile(r"引荐|引进|招引|招商|推荐|介绍|中介|居间")
"""A sentence that pays for bringing another party in (引荐奖, 引进项目落户的机构): a base named as that party's is
not the payee's own (``BASE_OF_A_PARTY``)."""
BASE_AFTER_CEILING = re.compile(r"不超过\s*$")
BASE_THEN_RATE = re.compile(r"\s*的?\s*[0-9０-９]")
"""A share's ceiling printed before its base, the rate right after the base's label (or its 的): 给予不超过总投入30%,
不超过项目研发投入的30%, 不超过融资金额的2% (the base is 总投入, 研发投入, 融资金额) — not 按不超过实际投入额的20%,
where 实际投入额 is a narrower quantity than 实际投入, the label found (``BASE_BEFORE``)."""
BASE_IN_THRESHOLD = re.compile(r"\s*(?:同比)?(?:增长|增幅|达到|达|超过|在|为)?\s*[0-9０-９.．]+\s*(?:万|亿)?(?:元|美元)"
                               r"|\s*同比正?(?:增长|增幅|增速)")
"""A base quantity's label followed by an amount of money names a threshold on it, not the base of a rate:
年度销售额3亿元(含)以上…的批发企业，最高给予企业对我区经济贡献40%的奖励 (no vocabulary base: 对我区经济贡献); so
does a growth
(年度零售额同比增长10%以上的零售企业)."""
CUMULATIVE = re.compile(r"累计|合计|总计")
YEARS_AFTER = re.compile(rf"连续(?:支持|资助|给予|补助|补贴|奖励|扶持)?(?P<n>[0-9{CN_NUM}]+)年")
SEVERAL_YEARS_PAID = re.compile(
    rf"连\s?续\s*(?:支持|资助|给予|补助|补贴|奖励|扶持)?\s*(?P<n>[0-9０-９{CN_NUM}]+)\s*(?:个)?年(?!度|以上|内)"
    r"(?![^，,。；;]{0,6}?(?:只|仅|不得|不能|限))")
"""A duration of support in the sentence: 连续三年，年度一次性奖励20万元 and 年度一次性给予…最高100万元，
连续补贴3年 pay the one-off award of each year that many years (``ONE_OFF_IN_THE_YEAR`` does not make them
fixed); not a limit on how often it is won (每家连续3年只能获得1次)."""
RESIDUAL = re.compile(r"(?:其他|其余|其它)(?!方式|途径|渠道|形式|资金|政策|部门|权威)")
"""The all-others row of a split (其他企业最高不超过100万元); not 通过其他方式 (by other means)."""
_RECOGNISED = r"(?:被|通过)?(?:认定|评定|获评|评为|认证|(?:纳入|列入)(?!规模以上|规上|统计))"
_LISTED_OR_RANKED = (r"(?:被)?授予|(?:跻身|进入)(?!规模以上|规上|统计)[^，,。；;]{0,40}?"
                     r"(?:名单|榜单?|[0-9０-９]强|百强|行列|库)|(?:在[^，,。；;的]{1,16}?)?(?:上市|挂牌)")
ROUND_FIRST = re.compile(
    rf"(?:首次|第一次|初次)(?:成功)?(?:{_RECOGNISED}|创建|获批|获得|{_LISTED_OR_RANKED}"
    r"|通过[^，,。；;的]{1,10}?认证)")
PRIZE_WITH_GRADE = re.compile(r"奖(?:特等奖|[一二三四五]等奖|金奖|银奖|铜奖|优秀奖)$")
"""A list item naming a prize and its grade (四川省专利奖特等奖、一等奖、二等奖…; 浙江省科学技术奖一等奖、二等奖): the
items after it that name no level of their own are grades or categories of the same prize, at its level; its label
is the prize and grade as printed, a province's name included (no_match: X级专利金奖 — a grade with no prize name
before it; 特等奖)."""
RATE_OVER_LEVELS = re.compile(
    r"分别\s*(?:按照|按|依照|以)\s*(?P<list>(?:国家|省|市|区|县)级?(?:\s*[、和及与]\s*(?:国家|省|市|区|县)级?)+)"
    r"[^，,。；;0-9０-９]{0,12}?的?\s*$")
"""One share of a base paid by each of several levels (分别按照国家、省级支持金额的30%、最高50万元给予配套): a row per
level, the level word as printed its tier (no_match: 按国家、Y级支持金额之和的30% — no 分别, one base; 分别按照30%、
20% — a list of rates, read as tiers already)."""
ROUND_RENEWAL = re.compile(rf"(?:再次|第二次){_RECOGNISED}|重新认定|复审|复核")
"""The round of a recognition: 首次认定 / 初次被认定, 首次（成功）创建 / 首次获批 / 首次获得 a title or grant,
首次通过…认证 (首次通过贯标认证), 首次被纳入 a ranking or list (学术期刊3年内首次被纳入SCI Q1区;
not 首次纳入规模以上统计范围, an entry into the statistics), 首次被授予 a title, 首次跻身 / 首次进入 a list or
ranking that the words name (首次进入Y级“专精特新”名单, 首次跻身全国100强; not 首次进入本地市场, 首次进入规模以上企业
统计), 首次（成功）…上市 / 挂牌 (首次成功在X板上市) (first); 首次入选 is left unread (the tables differ on it, and a
company's 首次入选 is not read as a round on its side), 再次认定 / 重新认定 / 复审 (renewal). A first
time that is not a recognition (首次签订, 首次试用, 首次开展数据资产登记) is no round, nor 新认定 (newly
recognised, whatever the round)."""
SECOND_BOUND_RATE = re.compile(
    r"^\s*(?:且|并且|同时)?\s*(?:(?:每年|每家|年度|当年)\s*)*(?:(?:支持|资助|扶持)?(?:金额|资金|额度|总额))?\s*"
    r"(?:不超过|不高于)\s*"
    r"(?:(?!对|给予|予以)[^，,；;。0-9０-９]){1,24}?的\s*$")
"""A share of a base printed right after an award's ceiling, in a segment of its own that bounds the same
award (每家每年支持金额不超过300万元，且每年支持金额不超过当年项目预算的30%; 给予现有机构不超过50万元资金支持，
不超过机构上一年实际投入的50%): the ceilings before it are that share's ceilings, one rate_with_cap each
(两档不超过200万元、100万元资金支持，不超过平台上一年投入的30% → two rows at 30%), not ceilings and a second, open
rate (no_match: 对A企业给予不超过50万元支持，对B企业按投入的30%给予补助 — another payee's rate;
给予最高100万元研发补助，贷款贴息不超过实际支付利息的50% — another award's rate: only the ceiling's own amount words,
每年支持金额, may stand before its 不超过)."""
DISCRETION_OPENS_GRANT = re.compile(r"[^。；;0-9０-９给予]{0,12}?(?:分档|分级)?\s*(?:给予|予以)")
"""A word of discretion that opens its own grant (给予新设机构不超过30万元资金支持，择优给予现有机构不超过
50万元; 第一年给予不超过800万元资金支持，第二、三年根据年度绩效考核结果，每年给予不超过500万元 — the review's words
and a comma before the grant) makes the awards after it assessed, not the ones printed before it in the sentence."""
LATER_GRANT_OF_ITS_OWN = re.compile(r"一事一议|一企一策|择优|再|另(?:行|外)|额外|追加|还可|一次性")
"""The words that make the support a later 对-part names with no figure, after an award, a grant of its own
(对获批Y级平台，可“一事一议”给予支持; 对服务成效显著的，择优支持; 对运行良好的，再给予一次性奖励): the award before it
stays sure. Without them the later part may be that award's own payment after a review (对建设期满的，经综合评估合格后
给予后续补助; 对验收合格的，经综合评估后给予资金支持): the award stays assessed."""
LATER_GRANT_IS_THE_REST = re.compile(r"剩余|其余|余下|余款|尾款|后续")
"""The rest of the award before it (给予剩余补助, 拨付尾款): never a grant of its own."""
DISCRETION = re.compile(r"经综合评估|综合评估|综合评定|择优|一事一议|一企一策|视情|酌情|综合考虑|具体情况研究确定"
                        r"|视(?!同|为)[^，。；]{2,30}?(?:给予|予以)"
                        r"|根据(?:具体|实际)情况|研究(?:决定|确定|提出意见)"
                        r"|根据[^，。；]{0,30}?(?:应用效果|实施效果|成效|绩效|评估|评价结果)|根据[^。；]{0,40}?等因素"
                        r"|结合[^，。；]{0,30}?(?:评审结果|评估结果|评价结果)")
"""The amount is assessed or decided by someone, sentence by sentence (docs/provision-model.md): 经综合评估,
综合评定其经营发展、技术创新情况，给予…最高100万元 (not 经评定 alone, a recognition),
择优, 可以根据数据规模、数据质量、更新频率和应用效果，对企业予以奖励, 根据效益评估等给予一定支持, 根据创业大赛的投入、
规模、影响力和成效…给予一定额度的补助, 结合专项资金年度预算、专家评审结果和企业项目投资规模，
单个项目的补助上限原则上不超过
200万元, 根据实际情况，给予更大扶持力度, 由各地根据创业规模、吸纳就业人数等因素再给予创业补贴 (factors weighed by the
authority), 由领导小组讨论、研究提出意见…给予特殊优惠政策
支持, 由领导小组研究决定扶持金额, 视新产品对县域经济发展带动作用和市场前景给予 (depending on what the authority
judges; not 视同, 视为: regarded as). Support without a number is not assessed
by that alone: 按规定给予一定补贴, 给予交通补贴 (case_by_case, not discretionary). An award decided by a review
of performance (根据上一年度绩效考核结果给予50万元) is assessed too: the company never states the review's grade, so
the award is not sure (some tables of the corpus record it as not discretionary: a condition the engine asks for
would say it better)."""
LEVEL_OF_RECOGNITION = re.compile(
    r"(?:^|[|｜]|升级为|晋升为|获得?|取得|按(?:照)?|(?:认定|评定|认证|批准|获批|立项)的"
    r"|(?:^|(?<=[，,；;：:\s]))(?:依规|同时|并|另)?对(?:于)?\s*(?:区内|本区|市内|本市|县内|本县|省内|本省|全区|全市)?)\s*$")
"""Outside a list, a level names the level of what the payee is recognised as only right after one of these, or after
a verb of ``ingest/data/recognised_as.yaml`` (认定为, 获批为, 获批建设, 建成, 创建: the payee reader's list too):
被认定为X级重点实验室, 对新认定的X级企业技术中心 (so 对新获批的 / 新批准的X级重点实验室; 新获批建设的:
``APPROVED_TO_BUILD``),
新获得X级检验检测认证, 对取得X级园区认定的园区管委会, 对获X级认定的Y, 对建成X级育成中心的 / 对新创建X级
旅游景区的 (a title won by building to its standard), 按X级资助金额的
30% — or when it stands alone before 的 (对X级的给予100%的资金配套), or opens its sentence or table cell
(| X级 | 100万元 |), or opens a 对-phrase (对X级企业技术中心，给予100万元奖励；对Y级企业技术中心，给予50万元奖励:
X, then Y; 对于X级工程研究中心; past a place word: 对区内X级科技企业孵化器). A level word inside
a name is none: 入选国家“千人计划”,
国家技术发明奖, 国际专业展会, 符合国家科技型中小企业认定标准; a level before a programme's name
(``LEVEL_IN_NAME``) neither. Two levels (对Z级科技企业孵化器升级为Y级孵化器的) name no one level."""
SETTLED_BEFORE_LEVEL = re.compile(r"(?:迁入|落户|引进|入驻|新设立|新注册)[^，,。；;的]{0,4}的\s*$")
"""Before a level, the payee settling here (对迁入本市的国家级专精特新“小巨人”企业, 对新落户的省级研发中心): the level
of its recognition, as after 新认定的 (no_match: 对获得资金支持的X级项目 — no settling)."""
APPROVED_TO_BUILD = re.compile(r"(?:获批|批准)(?:建设|组建|筹建)的\s*$")
"""Before a level, a platform approved to be built (对新获批建设的国家级重点实验室, 新批准组建的省级技术创新中心): the
level of its approval, as 新认定的 (``LEVEL_OF_RECOGNITION``) names (no_match: 对建设的X级平台 — no approval)."""
LEVEL_IN_NAME = re.compile(r"\s*[“\"《「]|(?:(?!的|给予|予以|对)[\u4e00-\u9fff]){0,8}?计划")
"""A level word followed by one of these opens the name of a programme, not the level of a recognition, even where
it opens a 对-phrase: 对X级“千人计划”入选者, 对Y级人才计划入选者 (no_match: 对X级企业技术中心，给予100万元奖励
— the centre's level; 对获得X级专利金奖的项目 — the prize's level)."""
BARE_LEVEL_OF_RECOGNITION = re.compile(r"(?:认定为|评定为|评为|通过|(?:新|成功)?(?:建成|创建(?:为|成)?))\s*$")
"""A level printed without 级 (国家, 国际, 国内) counts only right after a verb of recognition:
被评为国际首台（套）装备,
被评为国内首（套）台装备, 通过国家智能制造成熟度等级认定 (a national scheme's grade; 通过X级专精特新“小巨人”企业认定
names a title, no level of the payee's)."""
FISCAL_SHARE = re.compile(r"\s*(?:贡献|留成|财力|分成|财政)")
"""After a level word, the authority's share of taxes, not the level of a recognition: 年度区级贡献在100万元至300万元的,
个人所得税区级留成部分的50%; nor the authority that pays (Z级财政按规定给予每家上市公司…,
区级财政资金补贴不低于Z级标准)."""
SETS_A_STANDARD = re.compile(r"(?:制定|修订|制修订|起草)\s*$")
"""A level word right after one of these and right before 标准 is the level of the standard the payee sets, the level
of its award: 主持制定国家标准的 → national, 参与制定国际标准 → international, 牵头修订行业标准 → industry (行业 counts
here, an ordinary word elsewhere; no_match: 执行国家标准的企业 — a standard applied, not set)."""
STANDARD_ELIDED = re.compile(r"(?:制定|修订|制修订|起草)的")
"""A part that sets a standard without naming it
(对主持制定国家标准的企业给予30万元奖励，对参与制定的企业给予10万元奖励): the standard is the one named before it in
its sentence, and so is its level (national); no_match where the part names its own standard (对参与制定行业标准的),
where none is named before, or where two standards of different levels are (对主持制定国家标准、行业标准的企业分别
给予…，对参与制定的企业… — either: no level)."""
LEVEL_LIST_JOINER = re.compile(r"^\s*(?:[、/和及与或]|以及)\s*$")
"""Levels joined into a list (被国家、省、市认定的, 国家和本市的) name no one level: any of them qualifies."""
SUBJECT_START = re.compile(r"(?:^|(?<=[，,；;：:]))\s*对(?:于)?")
"""``对…`` opens the description of who benefits."""
_RESIDUAL_PARTY = r"(?:其他|其余|其它)[^，,；;：:。]{0,16}?(?:企业|公司|单位|机构|团队|主体)"
RESIDUAL_PARTY = re.compile(_RESIDUAL_PARTY)
"""The all-others party opening a residual part (其他Y企业): the part's payee as printed, 其他 kept — those of the kind
who are not the party of the part before (an induced label, asked; never the earlier part's label)."""
RESIDUAL_PART = re.compile(rf"(?<=[，,；;])\s*(?={_RESIDUAL_PARTY})")
"""A later segment opening with the all-others party (…的企业，每年…不超过50万元，其他Y企业及创业团队每年…不超过20万元):
it names the part's own party, so the recognitions of the part before are not its own (a residual part)."""
SUBJECT_REFERS_BACK = re.compile(r"\s*对(?:于)?(?:其|该|上述|前述|以上)")
"""``对其…`` / ``对该企业…`` names again the party described before it: it opens no part of its own."""

CASE_BY_CASE = re.compile(
    r"一事一议|一企一策|(?:给予|予以)一定(?:的)?(?:额度|金额|数额|资金|财政)?的?(?:奖励|补助|资助|支持|扶持|补贴|奖补)|专门奖励"
    r"|(?:给予|予以)相应(?:的)?(?:奖励|补助|资助|扶持|补贴|奖补)|(?:给予|予以)(?:资金|财政|专项){1,3}(?:支持|扶持)"
    r"|(?<!申报)兑现[^，。；0-9０-９]{0,6}?(?:优惠|扶持)政策"
    r"|给予(?:(?:特殊|相应|专项|相关)?(?:优惠)?政策)?支持|予以支持|一定比例(?:给予|予以)?(?:奖励|补助|资助|补贴|支持)"
    r"|(?:给予|予以)相应的?配套(?:资金)?(?:支持|资助|补助|奖励)?|(?:给予|予以)(?:政策性)?股权投资"
    r"|(?<![0-9０-９元%％])进行(?:奖励|补助|资助|补贴|奖补)(?=\s*(?:[。；;，,：:]|$))|(?<!不)纳入[^，。；]{0,16}?支持范围"
    r"|优先(?:享受|支持)[^，。；]{0,16}?(?:补贴|补助|奖励|资助|扶持)政策|补贴不低于[^，。；0-9０-９]{0,8}?标准"
    r"|(?:给予|予以)[^，。；0-9０-９]{2,20}?等(?:方面的?)?(?:支持|扶持|优惠)|择优(?:支持|扶持)(?=\s*(?:[。；;，,]|$))"
    r"|(?:奖励|补助|资助|支持|扶持)[^。；]{0,30}?(?:根据|视)具体情况研究确定"
    r"|研究(?:决定|确定)(?:扶持|奖励|补助|资助|支持)?(?:金额|额度|标准)"
    r"|按(?:照)?(?:国家|省|市|区)?(?:有关|相关)?规定(?:(?:给予|予以)[^，。；\d０-９]{0,12}?(?:奖励|补助|资助|支持|扶持|补贴|奖补|贴息)"
    r"|贴息|补贴)")
"""Support without a number; 其项目引荐奖励另按有关程序申报，根据具体情况研究确定 included, and 给予一定额度的补助,
给予一定的财政扶持, 给予相应奖励 (按…情况给予相应奖励: the share of each is not printed), 给予资金支持 (给予财政资金
支持, 优先给予财政专项资金扶持), 按协议约定兑现相关优惠政策 (no_match: 申报兑现奖励政策 — a step of paying),
按照累计履约金额的一定比例给予奖励 (a share not printed, with no ceiling: with one it is up_to); 给予特殊优惠政策支持,
给予相关政策支持, 可由市区两级给予相应的配套资金支持, 给予政策性股权投资, 对…机构进行奖励, 纳入首都科技创新券支持范围,
可优先享受人才住房补贴政策, 区级财政资金补贴不低于Z级标准 (a floor, no figure), 给予服务平台房租减免、运行补助等支持,
财政通过保费补贴、业务奖补予以支持, 对运营成效突出的，经综合评估后择优支持 (ending its clause; no_match:
择优支持一批重点项目建设, a task); the amount decided elsewhere: 由领导小组研究决定扶持金额; paid by rules not printed
here: 按规定给予奖补, 按照规定给予活动主办方奖励支持, 按照国家有关规定贴息."""
AWARD_ANNOUNCED = re.compile(r"进行(?:奖励|补助|资助|补贴|奖补)\s*[。；;：:]?\s*$")
"""A sentence that ends announcing an award (对…改造项目进行奖励。) with the amounts in a sentence after it in its
clause is no case by case: the amounts are the award (as ``MANNER_OF_SUPPORT``)."""
MANNER_OF_SUPPORT = re.compile(r"(?:采取|采用|通过|以)[^，。；]{0,12}?方式(?:给予|予以)(?:资金)?支持")
"""A sentence naming only how support is paid (采取后补助方式给予支持，每家企业连续 3 年只能获得 1 次该项政策支持;
采取事前补助方式给予支持的) is no case by case where its clause prints the amount in a sentence after it
(按照实际发生费用的50%…不超过 100 万元): the amounts are the benefit, the manner is how they are paid. In a clause
with no amount, or after the amounts (对X给予100万元奖励。对Y采取后补助方式给予支持。), it stays a case by case."""
NAMED_AWARD = re.compile(r"(?:给予|予以)(?P<what>[^，。；\d０-９]{0,10}?)(?:补贴|补助|奖补|津贴|奖励)"
                         r"(?![\u4e00-\u9fff]{0,4}[0-9０-９])")
NAMED_AWARD_OBTAINED = re.compile(r"可(?:[^，。；]{0,16}?中)?获得(?P<what>[^，。；\d０-９]{0,10}?)"
                                  r"(?:补贴|补助|奖补|津贴|奖励)(?![\u4e00-\u9fff]{0,4}[0-9０-９])")
"""An award the payee may obtain, named with no figure: 还可在企业经营贡献奖中获得高管人才奖励 (case by case) — not
获得 inside
a 对-phrase naming who qualifies (对获得X级奖励的企业: no 可 before it)."""
NAMED_AWARD_NOT = re.compile(r"兑现|拨付|发放|一次(?!性)")
FORMULA_BEFORE = re.compile(r"按(?:照)?(?![^，。；]{0,6}规定)[^，。；]*$")
"""An award named with no figure is case by case too: 给予交通补贴, 每月给予临港津贴, 对符合条件企业给予研发投入补助,
分类分档予以奖补, 从活动经费中予以补贴 — not a payout (予以兑现奖励), not an award by a formula of its segment
(按照内地与港、
澳地区税负差额给予奖励), not in a sentence that states an obligation (已给予奖励资金的，予以追回)."""
MARGINAL_BAND = re.compile(r"(?:以下|以上|以内|[）)]|元)的部分[，,]?\s*(?:按|给予|奖励|补贴|补助)")
"""A rate paid on the part of a quantity inside a band (marginal bands, ``ingest/marginal_bands.py``):
500万元（含）以下的部分按投资额的4%, 超过500万元不超过1000万元（含）的部分按投资额的2%, 超出1亿元的部分，按1%给予补助
(no_match: 剩余部分按合同约定拨付, 超过部分由企业自行承担 — no band of a quantity before 的部分)."""
LEAD_IN = re.compile(r"(?:以下|如下)[^。；]{0,16}[：:]\s*$")
"""A sentence announcing the list that follows (按以下标准给予支持：) states no benefit of its own."""
EXCLUSION = re.compile(r"已享受|不再享受|不得重复|不可同时|就高不重复|仅给予一次|只给予一次|仅对|只对")
_FIGURE_OF_AN_AWARD = rf"(?:上限|比例|{AWARD_NOUN}(?:资金)?标准|额度|金额)"
"""A figure of the award: its ceiling, share, amount, or a standard named by the award's word (补贴标准, 奖励标准) —
not a standard of the payee's quantity (投资额标准提高到X元: what the payee must reach)."""
_RAISE_ADVERB = r"(?:统一|分别|均|再|进一步|相应)?"
"""Adverbs between a figure and its raise (标准统一提高到, 由X元进一步提高到Y元): one list for the old figure
(``RAISED_FROM_AFTER``) and the new one (``RAISED_TO``)."""
_RAISED = r"(?:提高|提升|上调|调高|调整|增加|扩大)(?:至|到|为)"
RAISED_FROM = re.compile(_FIGURE_OF_AN_AWARD + r"\s*由\s*$")
RAISED_FROM_AFTER = re.compile(r"\s*" + _RAISE_ADVERB + r"\s*" + _RAISED)
"""The old figure of an award's rate or ceiling that a policy raises (资助比例上限由50%提高至60%, 单个企业资助上限由
200万元提高至500万元): no award of its own; the figure after 提高至 is the one in force (``RAISED_TO``)."""
RAISED_TO = re.compile(_FIGURE_OF_AN_AWARD + r"\s*(?:由\s*[0-9０-９.．]+\s*(?:[%％‰]|万元|亿元|元)?\s*)?"
                       + _RAISE_ADVERB + r"\s*" + _RAISED + r"\s*$")
"""The new figure of an award's rate or ceiling (…由50%提高至60%, 制造业企业上限提高至65%; 每张床位补贴标准统一提高到
X元, an adverb between): the figure in force, neither the end of a range nor a threshold (no_match:
营业收入由5000万元增加到1亿元的 — a quantity of the payee, not a figure of the award)."""
RATE_RANGE = re.compile(r"[—\-–~～至到]\s*$")
RATE_RANGE_LOW = re.compile(r"(?P<low>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(?P<sign>[%％‰])?\s*[—\-–~～至到]\s*$")
"""The lower end of a range of rates before its upper end: ``3%—15%``, ``3—15%``, ``3%至15%``. A range
is read as its upper end (``rate``) and its lower end (``rate_min``, paid for sure), kept in the printed form."""
RATE_CHOICE = re.compile(r"^\s*或\s*$")
RATE_CHOICE_RESPECTIVE = re.compile(r"分别")
"""Two rates joined by 或 with no 分别 before them are a choice the authority makes, not a list paid by tiers: 最高支持
比例为50%或70% is one share read as its upper end (like a range of rates), the choice kept in the printed form
(no_match: 对X级、Y级的分别给予50%或30%的配套 — a list aligned with the levels)."""
_DECREASE_WORDS = r"下降|降低|减少|下调|递减"
DECREASE_BEFORE = re.compile(rf"(?:{_DECREASE_WORDS})[^，,。；;0-9０-９]{{0,4}}$")
"""A decrease of an amount printed right before it (补贴分别下降X元/瓦; 逐年降低X元/千瓦时; 每年下降X元/千瓦;
每年递减X万元): the amount is how much a rate or award falls, never an award of its own
(``ingest/decreases.py``). The same words
before a share make it a condition (``RATE_THRESHOLD_BEFORE``: 能耗下降X%)."""
RATE_THRESHOLD_BEFORE = re.compile(
    r"(?:达到|达|(?<!不)超过|不低于|(?<!不)低于|(?<!不)高于|增长|增幅|增速|增长率|实缴|占比|比重|强度|满"
    rf"|{_DECREASE_WORDS}|节能率|[0-9０-９]\s*[%％]\s*(?:[（(]含[）)])?\s*(?:至|到|[-—–~～]))\s*$")
RATE_THRESHOLD_AFTER = re.compile(
    r"\s*(?:[（(]含[）)])?\s*(?:以上|以下|以内|及以上|及以下|后|之后|部分|缴纳|支付|自付)")
"""A share that is a condition, not a benefit: 增长超过20%, 占比达到30%以上, 实缴30%后, 超过15%部分; a decline or
saving the payee reaches (能耗下降X%, 年节能率达到X%), and the upper end of a band of them (下降X%(含)至Y%的); or
what the payee pays:
第3年按照不高于市场租金的70%缴纳租金."""
RATE_FLOOR_BASE = re.compile(r"按(?:照)?[^，,。；;0-9０-９]{1,20}?的\s*$")
RATE_FLOOR_AFTER = re.compile(r"\s*以上\s*[、，,]?\s*(?:最高|不超过)?\s*(?:给予|奖励|补助|资助|补贴|支持)")
"""A share of a base printed with 以上 and then paid (按研发投入的3%以上、最高给予200万元支持): a floor on the share the
authority pays, read as the rate (the sure part), not a condition (no_match: 研发投入占销售收入的3%以上，给予补助 —
no 按, a share the payee must reach; 按增长超过20%以上的… — a word of comparison before it)."""
MATCHING_RATIO = re.compile(
    r"(?:按(?:照)?)?\s*(?P<a>[0-9０-９]+(?:[.．][0-9]+)?)\s*[:：比]\s*(?P<b>[0-9０-９]+(?:[.．][0-9]+)?)\s*的?\s*(?:比例)?"
    r"(?=[^，。；]{0,8}(?:配套|匹配|给予|奖励|补助|资助|支持))"
    r"|全额(?=(?:给予)?(?:配套|奖励|补助|资助|补贴|返还))|(?<=的)\s*全部(?:金额|费用)(?=\s*[，,]?\s*[^，。；]{0,8}?给予)"
    r"|(?:相同额度|同等额度|等额)(?=的?(?:资金)?(?:配套|奖励|补助|资助|补贴))"
    r"|(?<=的)\s*(?P<times>[0-9０-９]+(?:[.．][0-9]+)?|[一二两三四五])\s*倍(?=[^，。；]{0,6}(?:配套|奖励|补助|资助|补贴|支持))")
"""A matching ratio is a rate: 按1:1配套 → 1, 按1:0.5的比例给予配套 → 0.5, 全额补助 → 1,
以…为标准，再给予相同额度资金奖励 → 1, a multiple: 按月租金的3倍进行补助 → 3, 按照省财政补助额的 2 倍进行配套支持 →
2; the whole of a cost (按照实际发生费用的全部金额，择优给予累计不超过200万元) → 1."""
NOT_A_SHARE_PAID = re.compile(r"占股|持股|股权比例|持有(?:的)?股权|股权不超过")
"""A share in a segment like this is the equity taken, not a share paid: 最高给予3000万元、占股比例不超过20%,
给予政策性股权投资，政府方持有股权不超过 10%."""
YEARS_BEFORE = re.compile(
    rf"(?:连\s?续|期限为|期限|最长不超过|最长|为期|共)\s*(?P<n>[0-9０-９{CN_NUM}]+)\s*(?:个)?(?:自然|会计)?年(?!度)"
    rf"|(?P<side>前|后)\s*(?P<period>[0-9０-９{CN_NUM}]+)\s*(?:个)?年(?!度|内|\s*(?:以上|以下|以后|之后|后|起))"
    rf"|(?P<within>[0-9０-９{CN_NUM}]+)\s*(?:个)?年内(?=\s*[，,]?\s*(?:按(?:照)?)?\s*每年)")
"""The years of a multi-year award said before its amount: 连续5年…给予, 补贴期限为3年，每年不超过250万元,
5年内每年给予个人
4万元, 建成后5年内，按照每年不低于3000元标准给予 (the years, then 按 each year's figure);
and the period of each rate when two periods are paid differently: 前2年给予企业地方财政贡献80%的奖励，
后3年给予…50%
(not 入驻后3年内, a time limit). A 后N年 is a period only when a 前N年 of the sentence pairs with it (``FIRST_PERIOD``),
and no period is followed by 以上/以下/后/起 (no_match: 对落户后3年以上的企业，每年给予10万元奖励 — the age of the
payee, not 3 years paid)."""
PERFORMANCE = re.compile(r"绩效")
"""Discretion that is a review of performance (根据上一年度绩效考核结果给予): it makes its own sentence's awards
not sure, but a lead-in saying only that (对项目投产后根据绩效可以申请奖励。自认定当年起，按其年度地方经济贡献额
给予…80%) leads to awards computed by formula, not assessed (``ingest/lead_ins.py``)."""
STANDARD_AFTER_LEVEL = re.compile(r"\s*标准")
"""A level right before 标准 is the level of a standard (国际标准, 国家标准, 行业标准): a tier naming one kind of
standard has that level (``tiers.level_of_tier``); a level opening it is no provision-wide level to cut off
(国际标准、国家标准以及…)."""
CATEGORY_DECLARATION = re.compile(
    r"分(?:为|成)\s*(?P<list>[^，,。；;：:0-9０-９]{1,30}?)\s*(?:[两二三四五2-5]\s*(?:个)?(?:类|档|级|等级|类别))?"
    r"\s*(?=给予|予以|进行|实施|[，,。；;]|$)")
LIST_ITEM_JOINER = re.compile(r"[、和及与或]")
RESPECTIVELY = re.compile(r"分别")
"""Categories a clause declares before its awards (分为引领类、培育类给予支持；…第一年分别给予不超过1000万元、200万元):
a 分别 list of as many amounts after it in the clause is paid by them, in their order (tiers 引领类, 培育类) — unless
its own sentence names nearer labels (X级、Y级…分别). No_match: 分别给予 with no declaration; 分为两个阶段 (no
list)."""
EACH_YEAR_OF_ORDINALS = re.compile(
    r"第\s*(?P<list>[一二三四五六七八九十0-9]+(?:\s*[、和及至到]\s*第?\s*[一二三四五六七八九十0-9]+)+)\s*(?:个)?年(?!度)"
    r"[^。；;0-9０-９]{0,24}?每年")
"""Years listed by their ordinals, then 每年 (第二、三年根据年度绩效考核结果，每年分别给予不超过500万元、100万元):
each of those years is paid the same; the ordinals are the award's years (2), not the tiers of its amounts, which a
分别 aligns with something else (declared categories). Without 每年 the ordinals are the tiers (第二、三年…分别给予
600万元、400万元 → 第二年, 第三年: ``tiers._year_ordinals``)."""
ORDINAL = re.compile(r"[一二三四五六七八九十0-9]+")
ORDINAL_RANGE = re.compile(r"[至到]")
"""The ordinals of ``EACH_YEAR_OF_ORDINALS``: 第二、三年 names two years, 第二至四年 three (a range)."""
YEARS_RIGHT_BEFORE_RATE = re.compile(rf"(?<![0-9０-９])(?:[0-9０-９]{{1,2}}|[{CN_NUM}]{{1,2}})\s*(?:个)?年\s*$")
"""The years of a share printed right before it (给予医药企业2年50%的资金支持 → 2 years); not a year of the calendar
(2023年, four digits)."""
PERIOD_ALONE = re.compile(
    rf"^\s*(?:扶持|补贴|奖励|资助|补助|支持|政策|享受)?(?:期限|年限|期)(?:为|是)?\s*(?P<n>[0-9０-９{CN_NUM}]+)\s*(?:个)?年\s*[。；;]?\s*$")
"""A sentence that only states the years of support (扶持期限为三年, 补贴期限为3年) after rates of its clause paid each
year on a yearly base (年度区级贡献…扶持12%。…扶持25%。扶持期限为三年。): those rates are paid that many years. It gives
years to the rates and yearly awards above it in its clause that have none, never to a one-off award
(no_match: 扶持期限内违反承诺的，追回扶持资金 — not a period alone)."""
FIRST_PERIOD = re.compile(rf"前\s*[0-9０-９{CN_NUM}]+\s*(?:个)?年(?!度|内|\s*(?:以上|以下|以后|之后|后|起))")
PERIOD_CAP = re.compile(r"每年|年度")
"""A yearly ceiling after rates paid over periods of years (前2年…80%，后3年…50%，每年最高奖励不超过5000万元) caps
each of them."""
SUPPORT_YEARS = re.compile(
    rf"(?:时间|期限|周期)(?:一般)?(?:最长|最多)?(?:为|不超过)?\s*(?P<n>[0-9０-９{CN_NUM}]+)\s*(?:个)?年"
    rf"|分年度[^。；]{{0,12}}?(?:最高|最长)?不超过\s*(?P<n3>[0-9０-９{CN_NUM}]+)\s*(?:个)?年"
    rf"|(?:不超过|最长|最多)\s*(?P<n2>[0-9０-９{CN_NUM}]+)\s*(?:个)?年的?[^，。；0-9]{{0,6}}?(?:补贴|补助|资助|支持|贴息)"
    rf"|给予\s*(?P<n4>[0-9０-９{CN_NUM}]+)\s*(?:个)?年且"
    rf"|(?:最长|最多)(?:不超过|为)\s*(?P<n5>[0-9０-９{CN_NUM}]+)\s*(?:个)?年(?!度|内)"
    rf"|享受(?:补贴|补助|奖励|资助|扶持|政策|贴息)?(?:期限|时间)?(?:最长)?不超过\s*(?P<n6>[0-9０-９{CN_NUM}]+)\s*(?:个)?年(?!度|内)")
"""How many years a sum counted per month or year is paid, anywhere in its sentence: 时间最长不超过5年,
补贴期限最长为2年,
支持周期一般不超过3年, 给予企业不超过3年的场租补贴, 给予 2 年且每月不超过 2000元的免租优惠, 补贴期限以劳动合同时长为限，
最长不超过3年; and for a yearly ceiling or a share paid by the year:
贴息期限不超过3年，…年度贴息金额最高不超过3000万元, 按照不超过5%的费率分年度补贴，最高不超过3年; after the award:
每家企业每年最高不超过2万元，享受补贴不超过2年."""
WHOLE_BASE = re.compile(r"(?:总投资|投资总额|投资额|总投入|合同(?:金额|额)?|购置(?:费用?|金额)?|设备(?:投资|价款)?)"
                        r"[^，,。；;0-9０-９]{0,4}$")
"""A share of a whole spent once (按照不超过项目总投资额30%的比例, 按设备购置金额的10%) takes no years of a support
period said beside it (支持周期一般不超过 3 年: the period the whole is spent in), nor does a share paid once
(一次性贴息), unless the sentence pays it by the year
(``YEARLY_SHARE``); a share of a flow (地方经济贡献, 房租, 利息) keeps them (no_match: 按其地方经济贡献的50%给予奖励，
扶持期限3年 → 3 years)."""
YEARLY_SHARE = re.compile(r"每年|(?<![0-9０-９])年度|当年|上一?(?:个)?年|每一年")
"""A share paid by the year: 每年, 年度 or a yearly base in its sentence (每年支持金额不超过当年项目预算的30%;
分年度补贴; 每年最高补贴金额不超过300万元)."""
YEARS_GIVEN_AFTER = re.compile(
    rf"\s*(?:的)?\s*给予\s*(?:(?P<n>[0-9０-９{CN_NUM}]+)\s*(?:个)?年的?[^，。；0-9０-９]{{0,6}}?(?:补贴|补助|资助|支持|贴息)"
    rf"|(?:奖励|补贴|补助|资助|支持|扶持|贴息)\s*(?:连续)?\s*(?P<m>[0-9０-９{CN_NUM}]+)\s*(?:个)?年(?!度|内|以上|后|及))")
"""The years a share is paid, said right after it (按年利率4%给予三年的技改贷款贴息 → 3 years; 按营业额的0.5%给予奖励
两年 → 2 years; not the other share of the sentence: 按设备投资的8%给予补助，或按年利率4%给予三年的… — the 8% has
none)."""
PER_PERIOD_BEFORE = re.compile(r"每(?P<period>月|年)\s*$")
MONTHLY = re.compile(r"每月[^，。；0-9０-９]{0,6}$")
"""A sum paid each month with no other unit is per 月 (每月提供2000元的租房补贴, 每月不超过2000元的免租优惠); its years
come from its sentence (补贴期限…最长不超过3年)."""
ANNUAL_IN_SENTENCE = re.compile(
    r"每年(?![^，。；]{0,12}?(?:安排|遴选|评选|发掘|择优))[^，。；0-9０-９]{0,20}[，,][^，。；0-9０-９]{0,12}$")
"""每年 in the segment before the amount's, with nothing counted between: 每年根据其运营和服务绩效，
给予最高100万元的资助
(a yearly ceiling); not 每年遴选一批…项目 (how many are chosen), nor a yearly count the payee must reach
(no_match: 对每年新引进1家以上规上企业的园区，给予50万元奖励 — a fixed award)."""
"""每月每平方米最高40元: the period said before the unit."""
PER_PERIOD_AFTER = re.compile(r"\s*(?:每|/)(?P<period>月|年)")
"""每平方米每月最高40元: a per-unit amount counted per period too (per ``平方米/月``)."""
PAYMENT_STAGE = re.compile(
    r"(?:需|须|应)在[^，。；]{0,30}?(?:实缴|到位|投产|竣工|验收)[^，。；]{0,12}?后"
    r"|分(?:期|阶段|[0-9一二两三四五]\s*(?:个)?(?:年|次|批|期|阶段))(?:最高|一次性)?(?:拨付|兑现|支付|发放)"
    r"|分(?:期|[0-9一二两三四五]\s*(?:个)?(?:年|次|批|期|阶段))(?:最高|一次性)?给予"
    r"|按以下方式(?:进行)?支付")
"""When or in what stages an award is paid (奖励金需在项目总注册资本实缴30%后, 分三年拨付, 分两批最高给予50万元的支持):
a condition; its figures are not awards. 分阶段给予 with no stages counted or printed
(按照规定分阶段给予不超过总投入30%、
最高3000万元的经费支持) says only that the rules paying it have stages: no condition (no_match)."""
PAYMENT_MODE = re.compile(r"采取\s*(?:事前|事后|后)\s*(?:补助|补贴|资助|奖补)\s*的?\s*方式")
"""Support paid before or after the spending (采取事前补助方式给予支持, 采取后补助方式给予分档支持,
无偿资助采取事后补助的方式): when the award is paid, a ``payment_stage`` condition of its sentence
(no_match: 对于事前补助的项目，公示期结束后… — a step of the procedure naming such projects, not the mode of an
award)."""
_AWARD_ITSELF = r"(?:资助|奖励|补助|扶持|支持|补贴|奖补)?(?:资金|经费|款项?|(?<=[助励贴补持])金额)(?:总额|总金额)?"
_SHARE_LIST = r"[0-9０-９.．]+\s*[%％](?:\s*[、，,和及]\s*[0-9０-９.．]+\s*[%％])*"
SHARES_THE_PAYEE_PAYS = re.compile(r"\s*(?:[、，,和及]\s*[0-9０-９.．]+\s*[%％])*\s*的?\s*比例\s*(?!配套)"
                                   + PAYEE_ACTION)
"""Shares the payee itself pays or spends (企业在N年内按X%、Y%、Z%比例支付设备款的): no rates of an award and no
stages of one — a condition of the payee's, left unread (``PAYEE_ACTION``; not 配套 right after 比例, the authority's
matching grant: 按1:1比例配套)."""
INSTALMENT_SHARES = re.compile(
    rf"应(?:奖励|补助|扶持|资助)(?:额|金额|资金|总额)的\s*{_SHARE_LIST}"
    rf"|{_SHARE_LIST}\s*的?\s*(?:比例)?\s*分\s*[0-9一二两三四五六七八九十]+\s*(?:个)?(?:年度|年|期|次|批)"
    rf"|{_AWARD_ITSELF}\s*(?:在|于|分)?\s*[0-9０-９一二两三四五六七八九十]+\s*(?:个)?年内\s*(?:按(?:照)?)?\s*{_SHARE_LIST}\s*的?\s*(?:比例)?\s*"
    r"(?:拨付|兑现|支付|发放)")
"""Shares of an award paid in stages, not rates of a base: 按40%、30%、30%的比例分三年发放, 分别按应奖励额的30%、30%和
40%对企业进行奖励, 补贴资金在3年内按50%、30%、20%比例拨付到位 (the award's funds, the years, then the shares paid
out; not the payee's own payments: 企业在N年内按X%、Y%比例支付设备款的 — ``PAYEE_ACTION``) (a
``payment_stage`` condition; the shares are no provisions). A share of an award made elsewhere
is a matching rate, not a stage: 按资助金额的100%给予资金配套, 按Z级奖励金额的50%."""
AWARD_INSTALMENT = re.compile(
    rf"(?:拨付|兑现|发放|支付|下达|拨款|预拨)\s*(?:剩余|其余|余下)?\s*(?:的\s*)?{_AWARD_ITSELF}\s*的\s*"
    rf"(?P<a>[0-9０-９.．]+\s*[%％])"
    rf"|(?:拨付|兑现|发放|支付|下达)\s*(?:剩余|其余|余下)\s*的?\s*(?P<b>[0-9０-９.．]+\s*[%％])\s*(?:的?\s*{_AWARD_ITSELF})?"
    rf"|预拨(?:资金)?(?:总额|总金额)[^，。；0-9０-９]{{0,4}}?不(?:得)?超过\s*{_AWARD_ITSELF}\s*的\s*"
    rf"(?P<c>[0-9０-９.．]+\s*[%％])")
"""A share of the award itself paid at a stage (先期拨付资助资金总额的50%；…首演后，拨付资助资金总额的 30%；验收合格后，
拨付剩余 20%的资助资金; 一次性拨付补助金额的80%…再拨付剩余的20%; 预拨总额不超过资助金额的80%): an instalment, no rate
of a base and no funding share cap. The share is no provision; the first stage
(``FIRST_STAGE``) or a sentence listing two stages is the award's ``payment_stage`` (no_match:
按项目投资额的30%拨付补助资金 — a share of a base)."""
FIRST_STAGE = re.compile(r"先期|首期|首批|首笔|预拨|预先")
INSTALMENT = re.compile(
    r"(?:首期|首年|次年|余款|剩余部分|第\s*[0-9一二三四五六七八九十]+\s*(?:年|期|次))[^，。；]{0,6}$")
"""An amount right after these is one instalment of an award stated before it (6万元, 第一年3万元…; a line break may
fall inside: 第一 年奖励5万元)."""
INSTALMENT_STAGES = re.compile(
    r"第\s*[0-9一二三四五]\s*(?:年|期|次)[^，。；0-9０-９]{0,6}[0-9０-９][^，。；]{0,12}?[，,、；]\s*"
    r"第\s*[0-9一二三四五]\s*(?:年|期|次)[^，。；0-9０-９]{0,6}[0-9０-９]")
"""Two instalments or more listed after an award (给予企业10万元奖励(第一年奖励5万元，第二年奖励3万元，…)): the
award's ``payment_stage``."""

SHARE_CAP = re.compile(
    r"(?:总(?:金额|额)[^，。；]{0,12}?(?:不超过|最高为|最高不超过)|(?<=[，,])\s*且不超过"
    r"|(?:合计|累计)[^，。；0-9０-９]{0,12}?(?:最多|最高)?不(?:得)?超过"
    r"|(?:支付|抵扣|抵用)(?:额|金额|比例)[^，。；0-9０-９]{0,2}?不(?:得|能)?超过)(?P<base>[^，。；]{0,30}?)的\s*"
    r"(?P<rate>[0-9０-９]+(?:\.[0-9]+)?\s*[%％])")
"""A ceiling on all funding as a share of a base (a condition, ``funding_share_cap``; ``tax_contribution_cap``
when the base is a contribution): 资助总额不超过项目总投资的50%, …，且不超过…的30%,
两项合计最多不超过企业对我市当年新增经济贡献量的20%, 获得上级和本区财政扶持合计不超过企业实际缴纳保费的100%,
累计奖励金额不得超过该企业对本区经济发展贡献的30%; what a voucher may pay of a contract: 使用创新券支付额不得超过同一
服务合同实际发生金额的 50%."""
CONTRIBUTION = re.compile(r"贡献")
"""A share cap whose base is a contribution (其对我区经济贡献, 个人经济贡献) caps by what the payee contributes."""
PERIOD_TOTAL_CAP = re.compile(
    r"(?:周期|期限)[^。；;]{0,16}?年\s*[，,]\s*(?:支持|资助|补助|扶持|奖励)(?:资金)?(?:总金额|总额)\s*(?:原则上)?"
    r"(?:不超过|最高不超过|最高)\s*(?=[0-9０-９])")
"""A total over a support period, printed after the period (支持周期一般不超过 3 年，支持总金额不超过 2000 万元) with
the yearly awards and their own ceilings after it: a ceiling on their sum (``article_cap``), no award of its own
(no_match: 单个专利池支持总金额不超过 2000 万元 — one item's ceiling, no period before it)."""
CLAUSE_CAP = re.compile(r"本(?:条款|条|款|项)[^，。；]{0,6}?(?:最高|不超过)[^，。；]{0,8}?(?=[0-9０-９])")
EXPERT_REVIEW = re.compile(r"专家评审(?!(?:及[\u4e00-\u9fff]{1,4})?结果)|专家评议|专家遴选|评审委员会评审"
                           r"|(?:组织|聘请)[^，。；]{0,16}?专家[^，。；]{0,12}?评审|需经评估或评审|需经(?:专家)?评审")
"""The amount is set by a review: 组织专家对申报项目进行专业性评审, 聘请相关行业领域的技术专家及财务专家进行综合评审,
需经评估或
评审确定 — not a review's result mentioned in passing (根据专家评审及考察结果, 结合…专家评审结果)."""
APPROVAL_REVIEW = re.compile(r"经[^，。；]{2,24}审核(?:后|批准)?[^。；]{0,12}(?:兑现|拨付|发放)|须经[^，。；]{2,24}推荐"
                             r"|经[^，。；]{2,12}审核批准|上报[^，。；]{1,8}(?:审定|审批)|提请[^，。；]{2,16}(?:研究|审议|审定)"
                             r"|送[^，。；]{2,10}审核|出具[^，。；]{0,6}审核意见")
"""经区财政局审核后拨付; 须经所在区经济和信息化主管部门推荐; 经工作领导小组审核批准后; 需上报省政府审定;
提请区政府常务会议研究;
出具初审意见送区财政局审核; 须由项目所在市政府出具项目审核意见 (an application goes through an authority first)."""
TOP_UP = re.compile(r"追加差额|补足差额|差额(?:部分)?(?:奖励|补助|资助)")
COMPLIANCE = re.compile(r"(?:违规|违约|违反(?:承诺|规定|约定|协议)|虚报|冒领|骗取|虚假)[^。；]{0,40}?"
                        r"(?:不得享受|取消|追回|不予|退回|退还|收回|(?:依法|规定)处理)"
                        r"|(?:已给予|已拨付|已发放)[^，。；]{0,8}的?[，,]?\s*(?:予以)?(?:追回|收回)")
"""违规…取消资格, 若扶持对象违反承诺的，应将所获扶持资金予以退回, 若项目违约将按协议追回奖励, 对虚报、
冒领和骗取扶持资金的
企业…停止发放或收回扶持资金, 编制虚假材料骗取专项资金的企业，按…的规定处理, 已给予奖励资金的，予以追回."""
IMPLEMENTATION_RULES = re.compile(r"实施细则|申报指南|申报通知|操作规程|申报说明|具体办法|具体标准|认定办法"
                                  r"|管理办法|等办法")
PUBLISHED_SEPARATELY = re.compile(r"另行制定|另行发布|另行印发|另行制订|详见附件|每年发布|制定相应的?"
                                  r"|(?:联合|负责)制定|制定具体")
"""Rules published elsewhere: 实施细则另行制定, 具体申报说明…详见附件, 每年发布区科技经费项目申报指南,
（具体办法另行制定）,
由市经信委、市财政局等相关部门制定相应的实施细则, 认定办法另行制定, 具体条件、申报、审核等办法由市财政局和市科技局
联合制定, 各地可结合实际制定具体实施细则 (no_match: 按照管理办法给予补助 — rules applied, not yet written)."""
ACTUAL_COST_CAP = re.compile(
    r"(?:补贴|补助|奖励|资助|扶持)[^，。；]{0,6}?(?:不能|不得|不)超过[^，。；]{0,8}?实际(?:发生额|支出|发生费用|投入|费用)")
"""No award above what was actually spent: 补贴总额不能超过实际发生额, 对企业的办公用房补贴不超过企业实际支出 (a
condition,
``actual_cost_cap``)."""
STAY_YEARS = re.compile(
    rf"(?:持续经营|经营期限|注册经营|不迁离|不得迁出|不迁出)[^，。；]{{0,6}}?(?P<n>[0-9０-９{CN_NUM}]+)\s*年"
    rf"|(?P<n2>[0-9０-９{CN_NUM}]+)\s*年内不(?:迁出|迁离|搬离)")
"""持续经营10年 (full-width digits too: 持续经营１０年), 10年内不迁出."""
REFUND = re.compile(r"退回|退还|返还|追回|收回")
COMMITMENT = re.compile(r"承诺")
"""企业应承诺…10年内不迁出我区; 若违反承诺，应退回… (the refund after a ; is the same obligation)."""
CLAUSE_SCOPE = re.compile(r"本(?:条款|条|款|项)")
"""A rule that says 本条款 governs its own clause only."""
NO_DOUBLE = re.compile(r"[就从]高[、，,]?\s*不重复|按[就从]高(?:的)?原则|不[得能可予]重复(?:享受|申报|申请|支持)"
                       r"|不可同时申报|不再(?:重复)?享受|不再重复(?:支持|资助|奖励|补助)|不重复(?:享受|支持|资助|奖励|补助|的原则)"
                       r"|按(?:最高|较高)标准执行|应?未获得[^，。；]{0,10}?(?:资金|资助)支持"
                       r"|执行最优惠政策|仅对最高级别|不[得可能予]兼得"
                       r"|(?:只|仅|至多只?|最多只?)[能可]?(?:申请|获得|享受|给予)(?:其中)?(?:一类|一项|一次(?=较高|最高))")
"""The same item is not funded twice: 就高不重复 (从高不重复, 从优、就高、不重复的原则),
申报项目应未获得其他X级财政资金支持, 同一项目不得重复申请各类财政资金 (不能重复享受), 则不再重复享受,
既适用本办法又适用其它优惠政策的企业，执行最优惠政策, 仅对最高级别的奖项给予奖励; one award of several a payee
qualifies for: 不得兼得, 至多只能获得一项奖励, 最多给予一项奖励,
只能享受其中一项, 已获支持的项目…不再重复支持, 符合2个奖励条件的…奖励金额按最高标准执行 (不重复奖励),
只能申请一类资金支持, 同一年度只享受一次较高额度奖励, 同一企业按就高原则奖补 (not
每人只能享受一次: the same award once, no choice between awards)."""

DATE = r"(?P<{name}_y>\d{{4}})\s*年\s*(?P<{name}_m>\d{{1,2}})\s*月\s*(?P<{name}_d>\d{{1,2}})\s*日"
VALID_FROM = re.compile(r"自\s*" + DATE.format(name="from")
                        + r"\s*(?:起|开始)?\s*(?:正式)?\s*(?:实施|施行|执行|生效|试行)")
VALID_UNTIL = re.compile(r"(?:有效期(?:至|到)|有效期自[^，。；]{0,20}?至|至)\s*" + DATE.format(name="until") +
                         r"(?:\s*止)?")
VALID_FROM_RANGE = re.compile(r"有效期(?:为)?自\s*" + DATE.format(name="from"))
VALID_SAYS_WHEN = re.compile(r"有效期|施行|实施|执行|生效")
"""An end date alone (有效期至2026年12月31日) counts only in a sentence about validity."""
VALID_YEAR_RANGE = re.compile(
    r"(?:政策|实施|执行)?(?:期限|有效期)(?:为|是)?\s*(?:自\s*)?(?P<from_y>\d{4})\s*年?\s*(?:至|到|—|-|–|～)\s*(?P<until_y>\d{4})\s*年")
"""A window printed to the year only (政策期限为2016年至2018年, 有效期为2023—2025年): from 1 January of the first
year to 31 December of the last."""
VALID_WHOLE_YEAR = re.compile(r"(?P<year>\d{4})\s*年\s*全年有效")
"""A window of one calendar year: 均为 2024 年全年有效 (1 January to 31 December)."""
VALID_FROM_ONWARD = re.compile(
    r"(?:^|自|从)\s*(?P<from_y>\d{4})\s*年\s*(?P<from_m>\d{1,2})\s*月\s*(?:(?P<from_d>\d{1,2})\s*日)?\s*(?:起|开始)"
    r"(?=\s*(?:[，,]\s*有效期|[。；;]?[ \t]*(?:\n|$)"
    r"|[，,]\s*(?:定期|常年|长期|每年|按年度|分批|集中)?\s*(?:申报|受理|办理)[^。；;\n]{0,6}[。；;]?[ \t]*(?:\n|$)))")
"""A start printed alone, as a card's 时间/频度 prints it: 从 2022 年 6 月起 (a month: its first day),
2022 年 8 月 11 日起，有效期 3 年 (the end computed from the years), 从 2023 年 10 月 1 日起，定期申报 (when
applications open, closing the line). It ends its line, runs into 有效期 or into when to apply
(no_match: 自2022年6月起对入驻企业给予租金补贴 — when an award starts, not the policy)."""
VALID_YEARS = re.compile(rf"(?:暂定|有效期(?:为)?|试行期(?:为)?|试行)\s*(?P<n>[0-9{CN_NUM}]+)\s*年")
"""How many years a window starting on a printed date lasts: 有效期3年, 暂定三年, and a trial period
(自…起施行，试行期两年 / 试行2年): the end is computed from the start (no_match: 试行期满后 — no length)."""

TARGET_SECTION = re.compile(r"目标")
TARGET_RUN_IN = re.compile(r"\s*[\u4e00-\u9fff]{0,6}目标(?=\s*(?:到|至|力争|[0-9０-９]))")
"""A section of targets whose heading runs into its text, a one-line page having lost the break (一、培育目标到2025年，
…力争达到2%以上): the section is one of targets all the same (no_match: 一、对标目标企业给予… — no year or aim
after it)."""
TARGET_FIGURE = re.compile(
    r"(?:达到\s*)?(?<![0-9０-９.．—\-–~～])(?:(?P<low>[0-9０-９]+(?:[.．][0-9]+)?)\s*[—\-–~～]\s*)?"
    r"(?P<num>[0-9０-９]+(?:[.．][0-9]+)?)\s*(?P<unit>%|％|亿元|万元|元|家|人|个|项|件|倍|条|场|座)"
    r"(?!\s*(?:以上|及以上)?\s*的)")
"""A figure of a section of targets (二、发展目标), with or without 达到:
集成电路设计企业达到50家以上, 建成3个OPC生态社区, 集聚OPC人才5000人; a range by its upper end
(骨干企业3-5家 → 5, 生产线1-2条 → 2); not a figure describing what is counted
(销售收入超过10亿元的骨干企业: followed by 的), nor a size (12英寸) or a year (到2020年)."""
TARGET_YEAR = re.compile(r"到\s*(?P<year>\d{4})\s*年")
