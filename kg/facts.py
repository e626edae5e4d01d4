"""Facts with evidence: positions, ownership, agreements, events, quotes and plans.

Each extractor reads one kind of fact from the sentences, the mentions and the resolved
entities, and every fact keeps the sentence it was read from (`Evidence`, exact offsets).
The extractors are registered in `EXTRACTORS` and run in that order, so a later one may use
what an earlier one found (a plan's `양측` are the parties of the agreement before it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

from kg import lexicon
from kg.analyze import Analysis, Sentence, Token
from kg.entities import Entities, Entity, promote
from kg.mentions import (
    ACTING,
    APPOINTMENT,
    BOARDS,
    BRANCH_NOUNS,
    CASE_PARTICLES,
    COURTESY,
    DIVISIONS,
    GLOSS_AFTER,
    LOCAL_HEADS,
    MOVING,
    PERIOD_BOUNDS,
    PROMOTED,
    SUCCEEDING,
    Apposition,
    Mention,
    Mentions,
    is_ceremony,
    regional_arm,
)

ACTOR_KINDS = ("Person", "Organization", "Place")
PARTY_KINDS = ("Organization", "Place", "Person", "Concept")
QUOTE = re.compile(r"“([^“”]+)”|\"([^\"\n]+)\"")
#: the single quotes that mark a title: 영화 '하얼빈', 신곡 ‘봄날’
TITLE_QUOTES = ("'", "‘", "’")
#: a quoted title as a sentence's subject: '하얼빈'은
TITLE_SUBJECT = re.compile(r"[’'](?:은|는|이|가)\s")
SIGNING = re.compile(r"체결|맺었|맺고|맺는|맺기|서명|조인|교환했|교환하|승인|(?:합의|협약|계약)(?:했|하고|하며|해\s)"
                     r"|손잡았|손잡고|손을 잡았|손을 잡고|공동\s?개발(?:하기로|키로|한다|하고)"
                     r"|(?:계약|협약|각서)(?:을|를)\s(?:마(?:쳤|치고|쳐\s)|연장(?:했|하고|하며|해\s))")
#: a partnership said with a verb, no signing held: 손잡았다, 공동 개발하기로 했다
PARTNERING = re.compile(r"손|공동\s?개발")
#: a word of courtesy after a person's name, before the particle: 이지은 씨는, 김 군이
COURTESY_AFTER = re.compile(rf"\s?(?:{'|'.join(sorted(COURTESY))})(?=은|는|이|가|을|를|의|에게|도|과|와|께서)")
#: the company a story is about, called by the common noun as the subject: 회사는, 이 회사는, 회사 측은
THE_COMPANY = re.compile(r"(?<![가-힣])(?:이\s|같은\s)?(?:회사|동사)(?:\s?측)?(?:은|는|이|가|도)\s")
#: a consortium, called by the common noun as the subject: 컨소시엄은, 이 컨소시엄이
THE_CONSORTIUM = re.compile(r"(?<![가-힣])(?:이\s|이번\s)?컨소시엄(?:\s?측)?(?:은|는|이|가|도)\s")
#: after the last of the members of a consortium: A와 B로 구성된 컨소시엄, A·B 컨소시엄, A가 이끄는 컨소시엄
CONSORTIUM_OF = re.compile(r"\s?(?:(?:으로|로)\s(?:구성된|이뤄진|이루어진)\s"
                           r"|(?:이|가)\s(?:참여한|이끄는|주도한|꾸린)\s)?(?:\S+\s)?컨소시엄")
#: signing that ends its clause and goes on to another (제휴를 맺고 …), or that is reported (합의했다고 … 밝혔다):
#: the names after it are no parties
SIGNED_AND_ON = re.compile(r"(?:(?:체결|서명|조인)(?:하고|했고|하며|했으며)|맺고|맺으며|맺어),?\s"
                           r"|(?:체결|서명|조인|합의|계약|연장|갱신)했다고\s|맺었다고\s|마치고,?\s|마쳤다고\s")
#: a deal: the subject buys, takes a stake in, or puts money into the object
DEAL = re.compile(
    r"(인수|흡수합병|매입|취득|출자|유상증자|지분 투자|지분투자|투자|수주|사들(?=였|인|이))"
    r"(?:하|했|한|해|를|에|키로|하기로|할(?=\s?(?:예정|계획|방침))|를 결정|에 참여|(?=받)|(?<=사들))"
)
#: the noun a deal told with a verb of its own is called by: 사들였다 is a purchase (인수)
DEAL_NOUNS = {"사들": "인수"}
#: after an appointment word, a doubt rather than a deed: 내정됐을 가능성, 임명 여부, 발탁설, 기용될지, 지명 검토,
#: 지명하는 방안, 인수를 추진
UNSURE = re.compile(r"\S{0,4}\s?(?:가능성|여부|설(?:[이을은도가](?![가-힣])|(?![가-힣]))|될지|할지|됐는지|했는지"
                    r"|검토|방안|거론|추진|타진)")
#: after a deal's word, a deal decided but not yet done: 인수하기로, 사들이기로, 인수할 계획, 매입할 예정
DEAL_PLANNED = re.compile(r"\S{0,2}?(?:기로|키로|할\s?(?:예정|계획|방침))")
#: a purchase told from what is bought: 누리홀딩스에 인수됐다 (인수되며, 인수된다), 누리홀딩스에 인수된 한빛전자
#: a unit of a company, named after it as the clause's topic: 한빛전자 반도체사업부는
UNIT_AS_SUBJECT = re.compile(r"\s([가-힣]*(?:사업부|사업본부|사업|부문|공장|법인))(?:은|는|이|가)\s")
BOUGHT_BY = re.compile(r"(?:에|에게)\s?(?:인수|매각)(되|됐|된다|된(?=\s))")
#: words of taking over a post from someone: 뒤를 이어, 후임으로, 바통을 이어받아
SUCCESSION = re.compile(r"뒤를 이어|뒤를 잇|후임|바통을 이어|자리를 물려받")
#: a merger of two companies named together as the subject: 누리제약과 한빛바이오가 합병한다
MERGING = re.compile(r"(?<!흡수)합병(?:한다|했|하기로|키로|에 합의|(?:이|을|도) (?:마무리|완료|성사|결의|의결))")
#: a sale: the subject sells what it names to the buyer it names with 에 or 에게; handing over (넘기다, 양도하다)
#: is a sale only of a stake, a business or a property (not 사건을 검찰에 넘겼다)
SALE = re.compile(r"매각(?:하|했|한|을|키로|하기로|에 합의)"
                  r"|(?P<handed>양도(?:하|했|한|키로)|넘(?:긴|겼|기는|기기로|기고|기며))")
SOLD_ASSETS = re.compile(r"지분|주식|경영권|사업|부문|공장|법인|자회사|계열사|사옥|부지")
#: after the deal word, money coming in rather than going out: 투자를 유치했다, 투자를 받았다
RECEIVED = re.compile(r"\s*(?:를|을)?\s*(?:유치|받)")
#: who money or a thing comes from: 누리캐피탈로부터, A와 B 등으로부터
FROM = re.compile(r"(?:\s?등)?(?:으로부터|로부터|에게서)")
#: a subject of a relative clause, whose verb modifies the noun after it: 한국전력이 발주한 (공사)
RELATIVE_SUBJECT = re.compile(r"(?:이|가)\s[가-힣]+(?:한|하는|할|된|던)\s")
#: the one who orders what is won: 아람코가 발주한 공사를 수주했다
ORDERED_BY = re.compile(r"(?:이|가)\s발주(?:한|하는|할|해)")
#: what a deal is made through, not what is bought: 자회사 한화디펜스USA를 통해
MEANS = re.compile(r"(?:를|을)\s?(?:통해|통하여|통한|거쳐)")
#: an approval from an authority: `금융위원회로부터 자회사 편입 승인을 받아`
APPROVED_BY = re.compile(rf"{FROM.pattern}\s(?:\S+\s){{0,3}}?\S*(?:승인|인가|허가)")
#: the last of those who join an investment, named after it: 이번 투자에 A와 B 등이 참여했다
INVESTMENT_JOINED = re.compile(r"(?:\s?등)?(?:이|가)\s(?:[^.]{0,12}\s)?참여")
#: a gathering held, and told as held: 열었다, 개최했다, 가졌다; 열렸다, 개최됐다
HOLDING = "열|개최|가졌|갖|가진|진행|치렀|치르|거행|주재"
HELD = "열렸|열려|열린다|개최됐|개최되|진행됐|진행되|거행됐"
#: a time still to come, before what is told of it: 다음 주, 내달, 내년, 오는 5일
AHEAD = re.compile(r"(?<![가-힣])(?:다음\s?주|다음\s?달|내주|내달|내년|오는\s)")
#: after a gathering's verb, that it is to be held: 열 예정, 개최할 계획, 열기로
HELD_LATER = re.compile(r"(?:할)?\s?(?:예정|계획|방침)|(?:하)?기로|키로")
#: the nouns of gatherings held
GATHERINGS = ("이사회|회의|협의회|기자간담회|간담회|기자회견|브리핑|설명회|포럼|세미나|총회|주주총회"
              "|협약식|체결식|서명식|조인식|계약식|토론회|회담")
GATHERING = re.compile(rf"({GATHERINGS})(?:를|을)\s*(?:{HOLDING}|(?:공동\s?)?주최|했)")
#: right after the one who chairs a gathering: 김 총리 주재로, 김 시장이 주재한
CHAIRED = re.compile(r"\s?(?:(?:이|가)\s)?주재(?:로|하|한|해)")
#: a gathering told as held, its name the subject: 한빛경제포럼이 (코엑스에서) 열렸다
GATHERING_HELD = re.compile(rf"({GATHERINGS})(?:이|가)\s(?:\S+\s){{0,3}}?(?:{HELD})")
#: the gathering a sentence opens on, to say who attended it: 포럼에는 A와 B가 참석했다
ATTENDED_AT = re.compile(rf"(?:\S+\s){{0,2}}?\S*?({GATHERINGS})에는?\s")
#: gatherings held to tell the press or the public something; the others are meetings
BRIEFINGS = {"기자회견", "기자간담회", "브리핑", "설명회"}
#: gatherings held to sign an agreement
SIGNING_CEREMONIES = {"협약식", "체결식", "서명식", "조인식", "계약식", "약정식"}
#: the gatherings an event of a kind also goes by: people who met held a 회담 or a 회의, a signing its ceremony
ALSO_CALLED = {"meeting": {"회담", "회의"}, "signing": SIGNING_CEREMONIES}
#: people signing, with no word for what they sign: the agreement told before
SIGNED_BY = re.compile(r"서명했|서명하고|서명을\s?했")
#: a signing ceremony said to have been held: 계약식은 바르샤바에서 열렸으며
SIGNING_CEREMONY_HELD = re.compile(rf"({'|'.join(sorted(SIGNING_CEREMONIES))})(?:은|는|이|가)\s(?:\S+\s){{0,3}}?"
                                   rf"(?:{HELD})")
#: after a place's name, words that name nothing, then 에서: ` 총리관저에서`, ` 한 호텔에서`
UNNAMED_VENUE = re.compile(r"\s+(?:[가-힣]+\s)?[가-힣]+에서(?![가-힣])")
#: the rooms and buildings of an organization it hosts in: `민주노총 본부에서` is at 민주노총
PREMISES = re.compile(r"\s?(?:본부|본사|사옥|청사|회관|집무실|대회의실|회의실|브리핑룸)에서")
#: an organization's premises visited: `한빛전자 본사를 방문해` is at 한빛전자
VISITED_PREMISES = re.compile(r"\s?(?:본부|본사|사옥|청사|공장|연구소|조선소|사업장|물류센터)(?:를|을)\s*(?:방문|찾)")
#: the particles of someone met, not of who meets: 홍길동 위원장과, 홍길동을, 홍길동에게
MET_TAILS = ("을", "를", "와", "과", "에게", "께", "및")
#: going to a place: 방문, or `광주를 찾아` (a visit only where a place is what was sought)
VISITING = r"방문|[을를]\s찾(?:아|았|은|는|을)"
#: 통화 as a call (통화했다, 전화 통화에서), not the currency of 통화정책 or 금융통화위원회
CALLING = r"(?<![가-힣])통화(?=했|하|를|에서|\s?내용)"
#: a courtesy call on someone: 대통령을 예방했다 (예방 alone is also prevention: 화재를 예방하다, with no one met)
CALLING_ON = r"(?<=[을를]\s)예방(?=했|하)"
#: (a gathering held with someone is a meeting with him: 홍 위원장과 간담회를 가졌다, 화상회의를 했다; but a press
#: conference, 기자간담회, is a briefing)
MEETING_WORDS = (r"만나|만났|만남|면담|접견|회담|회동|환담|만찬|오찬|조찬|화상\s?회의"
                 r"|(?:(?<!기자)간담회|회의)를\s?(?:가졌|갖|가진|했)")
MEETING = re.compile("|".join((MEETING_WORDS, CALLING, CALLING_ON, VISITING)))
JOINING = re.compile(r"동석|배석|참석|함께했")
#: what is attended: 가동식에 참석했다, 기념식에는 … 참석했다
ATTENDED = re.compile(r"([가-힣]+)에는?\s(?:\S+\s){0,3}?(?:동석|배석|참석)")
#: a ceremony named with a particle (준공식을, 출범식에는, 경축식이): whether it is one is asked of the word
CEREMONY_NAMED = re.compile(r"(?<![가-힣])([가-힣]{2,}식)(을|를|에서|에|이|가|은|는)")
#: a ceremony held, after its name and particle: 준공식을 (성대하게) 열었다, 출범식이 (27일 …에서) 열렸다
CEREMONY_HELD_AFTER = {
    "object": re.compile(rf"\s*(?:\S+\s){{0,2}}?(?:{HOLDING})"),
    "subject": re.compile(rf"\s(?:\S+\s){{0,4}}?(?:{HELD})"),
}
VISIT = re.compile(VISITING)
#: a parent named after its child (the largest shareholder, 최대주주, often holds too little to be one); a
#: group's holding company (SK그룹 지주회사) is the group's, the one named after it
PARENT = re.compile(r"모회사|모기업|지주회사")
#: the copula after an ownership word: it says what the subject is (Y는 X의 자회사다, Y는 X의 모회사다, Y는 X의
#: 자회사가 된다); in `자회사인 Y`, 인 says what Y is
SAID_OF_SUBJECT = re.compile(r"(?:이|였|이었|다|인데|이며|이자|로서|가 되|가 된)")
#: the copula that ends a sentence saying what its topic is: 쿠팡Inc다, 한빛홀딩스이다
ENDS_SAYING = re.compile(r"(?:이)?(?:다|었다|였다)\.?\s*")
#: the quotation mark that may close a name: '실리코니카'의 지분
CLOSE_QUOTE = r"[’'”\"]?"
#: between a company and the stake in it: 한빛의 지분, '한빛' 지분, 한빛의 최대주주는 지분, 한빛의 최대주주로 지분
STAKE_OF = re.compile(rf"{CLOSE_QUOTE}(?:의\s최대\s?주주(?:는|인|로|로서)\s|의?\s*)")
#: one who does it along with the subject, named before the verb: 현대건설과 함께 수주했다, B와 공동으로 인수
TOGETHER = re.compile(r"\s?(?:함께|공동으로)")
#: what follows a name bought or invested in: its particle, its stake, its price, or the next in its list (but
#: 와의 names a partner: 스텔란티스와의 합작법인, and 와 함께 one who buys along)
TARGET_FOLLOWED = re.compile(
    rf"{CLOSE_QUOTE}\s*(?:의|를|을|에(?!서)|지분|\((?=\d)|,|·|[과와](?!의|{TOGETHER.pattern})|등)")
#: the kind of agreement a deal word makes: buying is 인수, merging 합병 (other deals are contracts, 계약)
DEAL_KINDS = {"인수": "인수", "흡수합병": "합병", "합병": "합병"}
#: the deal a contract is for, right before the contract's word: 인수하는 계약, 흡수합병 계약, 인수를 위한 본계약
DEAL_CONTRACT = re.compile(r"(인수|흡수합병|합병)(?:하는|하기로\s?한|[을를]\s위한)?\s?본?\s?$")
#: a stake another holds, bought from it: GM 보유 지분 50%를 인수, 에니가 보유한 가스전 지분 5%를 인수
HELD_STAKE = re.compile(r"(?:\s보유\s?|(?:이|가)\s보유(?:한|하고\s있는|\s중인)\s(?:\S+\s){0,3}?)지분")
#: a stake the subject holds or buys, for a price or not (지분 63%를 1조원에 인수): more than half of a company
#: makes it the parent
MAJORITY_STAKE = re.compile(r"지분\s?(?:약\s?)?(\d+(?:\.\d+)?)\s?%(?:를|을)?\s?(?:\S+에\s)?"
                            r"(?:보유|가진|갖고|가지고|소유|인수|취득)")
OWNERSHIP = re.compile(r"(?:(\d+)\s*%\s*)?(손자회사|자회사|중간지주사|중간지주회사|계열사|산하"
                       r"|(?:현지\s?)?(?<!합작)(?<!합작\s)법인(?=인\s|\s))")
#: between a company and the deal word, a thing of it that is bought: 일라이릴리의 (바이오의약품) 생산시설 인수,
#: DSC의 시카고 물류센터 2곳을 인수
ASSET_OF = re.compile(r"의\s(?:[가-힣]+\s)?([가-힣]{2,}?)(?:\s\d[\d,.]*[가-힣]{0,2}?)?(?:을|를)?\s?")
#: what buying of a company buys the company itself with: its shares, its control
CONTROL_WORDS = {"지분", "경영권", "주식", "지배권", "주주", "보유지분", "지분율"}
#: a company two others set up and own together: 스텔란티스와의 합작법인 스타플러스에너지, A와 B의 합작사 C
JOINT_VENTURE = re.compile(r"합작\s?(?:법인|회사|사)")
#: an organization's board as the subject, acting for it: 한빛대(HBU) 이사회는
BOARD_AS_SUBJECT = re.compile(rf"(?:\([^()]{{1,20}}\))?\s?(?:{'|'.join(BOARDS)})(?:는|은|가|이)\s")
#: a deal made some time before, at a day not told: 앞서 …를 인수한 바 있다 (but `회담에 앞서` is just before the talks)
EARLIER = re.compile(r"\S[은는한던]\s?바\s?있|(?:^|\s)(?<!에\s)앞서\s")
#: between the partners and the joint venture, when they are the subjects of setting it up: A와 B가 각각 50%씩 출자한
VENTURE_FOUNDED = re.compile(r"[이가]\s(?:\S+\s){0,3}(?:(?:공동\s?)?(?:출자|설립)한|가진|보유한|소유한)\s")
#: a venture set up together, told with verbs: `합작해 세운`, `50%씩 출자해 설립했다`
VENTURE_MADE = re.compile(r"(?:합작|공동\s?출자|(?:각각\s)?\d+(?:\.\d+)?\s?%씩\s출자|출자)(?:해|하여)\s"
                          r"(?:세운|세웠|설립한|설립했|만든|만들었|출범시킨|출범시켰)")
#: between the partner and the joint venture's word: 스텔란티스와의 합작법인, GM과 세운 (배터리) 합작법인
VENTURE_PARTNER = re.compile(r"[와과](?:의\s*|\s(?:함께\s)?(?:세운|설립한|만든|출범시킨)\s(?:\S+\s)?)")
#: between two partners of a venture, each listed with its share: `A가 지분 60%, B가 40%를 출자해`
SHARE_LISTED = re.compile(r"[이가]\s(?:지분\s?)?\d+(?:\.\d+)?\s?%,\s")
#: after the joint venture's word, the venture named as what is set up: 합작법인 '세온소재'를 출범했다
VENTURE_SET_UP = re.compile(r"\s?\S+?(?:을|를)\s(?:\S+\s){0,2}?(?:설립|출범|세웠|세운|세우기로|발족)")
#: what may stand between an owner and the ownership word: 의 and a few modifying words, or nothing, after
#: the owner's gloss in brackets (체코전력공사(CEZ) 자회사인 …)
OWNER_TO_WORD = re.compile(r"(?:\)|\([^()]{1,20}\))?(?:의\s*(?:\S+\s*){0,2}|\s*)")
#: an owner told in a clause before the ownership word: `카카오가 지분 46%를 보유한 자회사`
OWNER_HOLDING = re.compile(r"(?:이|가)\s(?:지분\s?(?:\d+(?:\.\d+)?\s?%\s?)?(?:를|을)\s)?"
                           r"(?:보유한|소유한|가진|거느린)\s")
#: what may stand between the ownership word and the owned one, besides nouns: 자회사인 Y, 자회사이자 Y
COPULA_TAGS = ("VCP", "ETM", "EC")
#: after 자회사로: the subject makes something join (편입했다), rather than joins (편입됐다)
ACTIVE_JOINING = re.compile(r"\s*(?:편입(?:했|하|시켰|시키)|두었|뒀|삼았)")
#: what the subject takes to make it join: the company, or a stake in it (Y를, Y 지분을, Y 지분 63%를)
TAKEN = re.compile(r"(?:\s?지분(?:\s?\d+(?:\.\d+)?\s?%)?\s?)?(?:을|를)")
FOUNDED = re.compile(r"설립한\s*(?:\S+\s*)?(?:법인|회사|자회사|계열사)(?:이다|다|으로|로)")
ESTABLISHMENT = re.compile(r"설립|건립|설치|개설|조성|출범|신설|구축|개교|개원")
PLANNING = re.compile(r"협의|추진|계획|예정|하기로|키로|목표|방침|검토")
#: after the signing word, a signing still to come: 체결할 예정, 서명하기로, 체결키로, 체결을 추진
SIGNING_PLANNED = re.compile(rf"[가-힣]{{0,3}}\s?(?:{PLANNING.pattern})")
GOAL = re.compile(r"(양성|육성|배출|창출|유치|달성|확보|고용)")
#: the sides of a deal named by their count: 양측, 양사, 두 기관, 세 대학은, 3개 기관
SIDES = re.compile(r"(?<![가-힣])(?:(양|두|세|네|다섯)\s?|(\d)\s?개\s?)"
                   r"(?:기관|대학|회사|기업|(나라|국가|국)|도시|지자체|단체|측|사|곳)(?![가-힣]{2})")
#: Kiwi's forms of the past-tense ending (었, 았, 였, and the contracted ᆻ)
PAST_MARKS = ("었", "았", "였", "ᆻ", "었었", "았었")
#: the other party of a deal, named as such: 계약 상대는, 거래 상대방은, 발주처는
COUNTERPARTY = re.compile(r"(?:(?:계약|거래)\s?상대(?:방)?|발주처)(?:은|는)\s")
#: talks about an agreement, after its word: FTA 2단계 협상, 협정 개정 협상
NEGOTIATED = re.compile(r"(?:\([^()]*\))?\s?(?:\S+\s)?(?:개정\s?)?(?:협상|논의)")
#: people counted as the sides of a deal, the ones the story named together before: 두 장관은, 양국 정상은
COUNTED_PEOPLE = re.compile(r"(?<![가-힣])(?:(양|두|세|네)\s?|양국\s|양측\s)"
                            r"(?:정상|장관|총리|대통령|사람|대표|회장|사장|위원장|시장|지사|수장)들?(?:은|는|이|가|도)\s")
#: meetings held one after another, each with one of those named: 잇따라 회담, 연쇄 회담
ONE_AFTER_ANOTHER = re.compile(r"잇따라|연이어|잇달아|연쇄\s?(?:회담|면담|회동)|차례로")
#: the sides counted as the owners of what follows: 두 회사의 (합작법인)
SIDES_OWNING = re.compile(rf"(?:{SIDES.pattern})의\s*$")
SIDE_COUNTS = {"양": 2, "두": 2, "세": 3, "네": 4, "다섯": 5}
PURPOSE = re.compile(r"([^‘’'\"“”]{2,40}?)(?:을|를)\s*위한")
#: after a name that is where the news comes from, not who acts in it: 금융감독원에 따르면, 통계청 집계에 의하면,
#: 영화진흥위원회 통합전산망에 따르면
SOURCE = re.compile(r"(?:\s?[가-힣]{1,8}?)?(?:에|에게서)\s(?:따르면|의하면)")
#: what makes a mention the subject: a particle (도 too, in `A와 B도 … 수주했다`), or one who speaks for it
#: (한빛 측은, 외교부 당국자는), or the consortium it leads (현대건설 컨소시엄은)
SUBJECT_PARTICLES = ("은", "는", "이", "가", "도 ", "께서", "측은", "측이", " 측은", " 측이", " 관계자는", " 관계자가",
                     " 관계자들은", " 당국자는", " 당국자가", " 컨소시엄은", " 컨소시엄이")
MONEY = ("KRW", "USD", "JPY", "CNY", "EUR", "GBP")


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from: body[start:end] == text."""

    start: int
    end: int
    text: str


@dataclass
class Membership:
    person: Entity
    role: str
    org: Entity | None
    former: bool
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Ownership:
    child: Entity
    parent: Entity
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Quantity:
    value: str  # a normalised decimal number
    unit: str
    text: str
    label: str | None = None  # what it counts, when the text says (반도체 설계 인력 양성)


@dataclass
class Measure:
    """An amount stated about an entity: LG실트론 지분 51%, 케이씨텍에 207억2000만원."""

    about: Entity
    quantity: Quantity
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Agreement:
    parties: list[Entity]
    type: str
    label: str
    date: str | None
    purpose: str | None
    amounts: list[Quantity]
    evidence: list[Evidence] = field(default_factory=list)
    guessed: bool = False  # the day is only the publication's: the sentence names none
    planned: bool = False  # to be signed (체결할 예정): no signing day yet


@dataclass
class Event:
    kind: str  # meeting, call, briefing, visit, signing, appointment, ceremony
    label: str
    attendees: list[Entity]
    date: str | None
    place: Entity | None
    evidence: list[Evidence] = field(default_factory=list)
    guessed: bool = False  # the date is the publication's: no day is named in or before the sentence


@dataclass
class Quote:
    speaker: Entity
    text: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Plan:
    subject: Entity
    planned_by: list[Entity]
    targets: list[Quantity]
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Facts:
    memberships: list[Membership] = field(default_factory=list)
    ownerships: list[Ownership] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)  # 김세현 기자: who wrote the article


class Context:
    """What every extractor reads: the analysis, mentions and entities, indexed by sentence."""

    def __init__(self, analysis: Analysis, mentions: Mentions, entities: Entities):
        self.analysis = analysis
        self.body = analysis.article.body
        self.mentions = mentions
        self.entities = entities
        self.by_sentence: dict[int, list[Mention]] = {}
        for m in mentions.mentions:
            self.by_sentence.setdefault(m.sentence, []).append(m)
        self.quotes = [(m.start(), m.end()) for m in QUOTE.finditer(self.body)]  # in order, never overlapping
        self.quote_starts = [start for start, _ in self.quotes]
        self.sentence_starts = [s.start for s in analysis.sentences]
        #: where a person's apposition ends (손정의 소프트뱅크그룹 회장|은): its particle follows there; of a
        #: person given two posts, the one after the name (청장 후임에 박연수 현 차장|을)
        self.apposition_end: dict[int, int] = {}
        for ap in mentions.appositions:
            self.apposition_end[ap.person.start] = max(ap.title.end, self.apposition_end.get(ap.person.start, 0))
        self.actors_seen: dict[tuple, list[tuple[Mention, Entity]]] = {}  # every extractor asks
        self.subjects_carried: dict[str, list[Entity | None]] = {}  # ownerships, deals, measures all ask
        self.unquoted: dict[int, str] = {}

    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(sentence.start, sentence.end, sentence.text)

    def quoted(self, start: int, end: int) -> bool:
        i = bisect_right(self.quote_starts, start) - 1
        return i >= 0 and end <= self.quotes[i][1]

    def quotes_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotes that overlap body[start:end]."""
        first = max(bisect_right(self.quote_starts, start) - 1, 0)
        last = bisect_right(self.quote_starts, end)
        return [(qs, qe) for qs, qe in self.quotes[first:last] if qs < end and start < qe]

    def sentences_in(self, start: int, end: int) -> list[Sentence]:
        """The sentences that overlap body[start:end]."""
        first = max(bisect_right(self.sentence_starts, start) - 1, 0)
        last = bisect_right(self.sentence_starts, end)
        return [s for s in self.analysis.sentences[first:last] if s.start < end and start < s.end]

    def unquoted_text(self, sentence: Sentence) -> str:
        """The sentence with quoted words blanked out and people's names masked, offsets kept: what the
        facts search for words of what is done (서명, 동석 are no signing or joining in 서명수, 이동석)."""
        if sentence.index not in self.unquoted:
            self.unquoted[sentence.index] = self.blank_quotes(sentence)
        return self.unquoted[sentence.index]

    def blank_quotes(self, sentence: Sentence) -> str:
        chars = list(sentence.text)
        for qs, qe in self.quotes_in(sentence.start, sentence.end):
            for i in range(max(qs, sentence.start), min(qe, sentence.end)):
                chars[i - sentence.start] = " "
        for m in self.by_sentence.get(sentence.index, []):
            if m.kind == "Person":
                for i in range(m.start, m.end):
                    if chars[i - sentence.start] != " ":
                        chars[i - sentence.start] = "○"
        return "".join(chars)

    def actors(self, sentence: Sentence, kinds=ACTOR_KINDS, quoted: bool = False) -> list[tuple[Mention, Entity]]:
        """Entities mentioned in a sentence (outside quotes unless asked), in text order, each once."""
        asked = (sentence.index, kinds, quoted)
        if asked not in self.actors_seen:
            self.actors_seen[asked] = self.find_actors(sentence, kinds, quoted)
        return list(self.actors_seen[asked])

    def find_actors(self, sentence: Sentence, kinds: tuple[str, ...], quoted: bool) -> list[tuple[Mention, Entity]]:
        """The entities that may act in the sentence's facts: not the one the news is attributed to."""
        found: list[tuple[Mention, Entity]] = []
        for m, entity in self.entity_mentions(sentence, kinds, quoted):
            if all(entity is not e for _, e in found) and not SOURCE.match(self.body, m.end):
                found.append((m, entity))
        return found

    def entity_mentions(self, sentence: Sentence, kinds: tuple[str, ...],
                        quoted: bool = False) -> list[tuple[Mention, Entity]]:
        """Every mention of an entity of those kinds in the sentence, repeats included (outside quotes unless asked)."""
        return [(m, e) for m in self.by_sentence.get(sentence.index, [])
                if (e := self.entities.of(m)) is not None and e.kind in kinds
                and (quoted or not self.quoted(m.start, m.end))]

    def of_kind(self, sentence: Sentence, kind: str) -> list[Mention]:
        return [m for m in self.by_sentence.get(sentence.index, []) if m.kind == kind]

    def date(self, sentence: Sentence) -> str | None:
        """The day the sentence tells of; `17일부터` and `20일까지` bound a period and tell of no single day."""
        dates = [m.value for m in self.of_kind(sentence, "Date") if m.value and not self.quoted(m.start, m.end)
                 and not self.body.startswith(PERIOD_BOUNDS, m.end)]
        return dates[0] if dates else None

    def deal_date(self, sentence: Sentence) -> tuple[str | None, bool]:
        """The day a deal of the sentence was made: the one it names, else the publication's, guessed; none
        when the sentence names a time no day resolves (지난해 본계약을 맺었다: not today), or tells of a deal
        made some time before (앞서 …를 인수한 바 있다) or of what a thing is (A와 B가 출자한 합작법인이다)."""
        named = self.date(sentence)
        if named:
            return named, False
        if self.names_unresolved_time(sentence) or EARLIER.search(self.unquoted_text(sentence)) \
                or says_what_a_thing_is(sentence):
            return None, False
        published = self.analysis.article.date
        return (published.isoformat() if published else None), True

    def names_unresolved_time(self, sentence: Sentence) -> bool:
        """Whether the sentence names a time no day resolves (지난해, 내년 4월, 다음 주), outside quotes."""
        return any(m.value is None and not self.quoted(m.start, m.end) for m in self.of_kind(sentence, "Date"))

    def date_in_context(self, sentence: Sentence) -> str | None:
        """The sentence's date, else the last one the article named before it, else the publication date;
        none when the sentence names a time no day resolves (내년 4월 방문할 예정, 지난주, 다음 주): the day is
        not known."""
        if self.date(sentence) is None and self.names_unresolved_time(sentence):
            return None
        published = self.analysis.article.date
        # (what is told as done did not happen on a day to come that a sentence before named for what is still
        # to be: 다음 달 4일 선거를 치른다. 총리는 기자회견을 열고 … 말했다)
        after = published.isoformat() if published and is_told_as_done(sentence) else None
        for earlier in reversed(self.analysis.sentences[:sentence.index + 1]):
            found = self.date(earlier)
            if found and (earlier is sentence or after is None or found <= after or is_told_as_done(earlier)):
                return found
        return published.isoformat() if published else None

    def guesses_date(self, sentence: Sentence) -> bool:
        """Whether the sentence's date in context is only the publication's: no day named up to it."""
        return sentence.index < self.first_dated

    @cached_property
    def first_dated(self) -> int:
        """The index of the first sentence that names a day (past the last one when none does)."""
        sentences = self.analysis.sentences
        return next((s.index for s in sentences if self.date(s) is not None), len(sentences))

    def tail(self, m: Mention, length: int = 4) -> str:
        """The text right after a mention and its title (이 대통령|은, 김용범 정책실장|은), and the gloss of
        the title (샘 올트먼 최고경영자(CEO)|는) or of an organization's name (유럽연합(EU)|은)."""
        end = max(m.end, self.apposition_end.get(m.start, m.end))
        if end == m.end and m.kind == "Person":  # 쿡 CEO|는: a title right after a name read late, with no apposition
            end = next((t.end for t in self.by_sentence.get(m.sentence, [])
                        if t.kind == "Title" and t.start == end + 1 and self.body[end] == " "), end)
        if (end > m.end or m.kind in ("Organization", "Place")) and (gloss := GLOSS_AFTER.match(self.body, end)):
            end = gloss.end()  # 유럽연합(EU)|은: an organization's gloss too
        if m.kind == "Person" and (courtesy := COURTESY_AFTER.match(self.body, end)) is not None:
            end = courtesy.end()  # 이지은 씨|는
        return self.body[end:end + length]

    def official_end(self, m: Mention) -> int:
        """Where the titles right after an organization end: 외교부 장관|과, 경찰청장 직무대행|과.

        An official named only by post stands for the organization; a title may share the
        organization's last letter (경찰청|장). Without a title, the mention's own end.
        """
        end = m.end + (self.body[m.end:m.end + 1] == "장")  # 상무부|장: the head of the organization
        for t in self.by_sentence.get(m.sentence, []):
            if t.kind == "Title" and m.end - 1 <= t.start <= end + 1 and t.end > end:
                end = t.end
        # 최고경영자(CEO)|는: a title glossed in brackets ends after them
        return end + 1 if end > m.end and self.body[end:end + 1] == ")" and self.body[end - 1:end] != "(" else end

    def is_subject(self, m: Mention) -> bool:
        return self.tail(m, 8).startswith(SUBJECT_PARTICLES)

    def own_subject(self, sentence: Sentence, kind: str) -> Entity | None:
        return next((e for m, e in self.actors(sentence, (kind,)) if self.is_subject(m)), None)

    def carried_subjects(self, kind: str) -> list[Entity | None]:
        """Each sentence's subject of that kind, or the one before it: Korean leaves out a subject it goes on with."""
        if kind not in self.subjects_carried:
            found, last = [], None
            for sentence in self.analysis.sentences:
                last = self.own_subject(sentence, kind) or last
                found.append(last)
            self.subjects_carried[kind] = found
        return list(self.subjects_carried[kind])


#: heads of a government body: held at the body a clause is about when it names none, as its subject
BODY_HEADS = {"장관": "부", "차관": "부", "청장": "청", "처장": "처", "위원장": "위원회", "총재": "은행"}
#: `감독이 이끄는 대표팀`: the words that tell the organization after them is the one its post holder leads
LEADS = re.compile(r"(?:이|가)\s+(?:이끄는|이끌고\s+있는|이끌었던)\s+")

#: `누리AI를 세운 김철수 대표`: what is told of the organization before a post holder's name, that makes it his
FOUNDED_OR_LED = re.compile(r"(?:을|를)\s(?:공동\s)?(?:세운|창업한|설립한|이끄는|이끌고\s있는|이끌어온|맡고\s있는)\s")
#: a company's posts: held at the company a sentence is about when it names no other
COMPANY_POSTS = {"회장", "부회장", "사장", "부사장", "대표", "대표이사", "공동대표", "각자대표", "전무", "상무", "CEO",
                 "최고경영자", "행장", "최고재무책임자", "CFO", "최고운영책임자", "COO", "최고기술책임자", "CTO"}
#: the kind of organization each post without one is held at when the sentence is about one of that kind
PARTY_POSTS = {"원내대표", "당대표", "최고위원", "정책위의장", "원내수석부대표", "비상대책위원장", "비대위원장"}
#: posts a party has, among others: held at a party when the organization named last before them is one
PARTY_ROLES = PARTY_POSTS | {"대표", "사무총장", "대변인", "수석대변인", "원내대변인", "사무부총장"}
POST_BODIES = dict.fromkeys(COMPANY_POSTS, "Corporation") | {"총장": "CollegeOrUniversity"} \
    | dict.fromkeys(PARTY_POSTS, "PoliticalParty")


def holds_post(body: Entity, post: str) -> bool:
    """Whether a body of its kind has the post: a company its 사장, a university its 총장; a public
    corporation (인천국제공항공사) is headed by a 사장 too."""
    public = body.cls == "GovernmentOrganization" and body.label.endswith("공사") and post in ("사장", "부사장")
    return body.cls == POST_BODIES[post] or public


def body_headed(ctx: Context, role: str) -> Entity | None:
    """The organization a head's title names by its last word, when the story names one only (합동수사단장:
    가상자산범죄합동수사단, 연구소장: 한빛AI연구소); a word of one letter (부장, 원장) names no body."""
    body = role[:-1] if role.endswith("장") else ""
    headed = [e for e in ctx.entities.entities if e.kind == "Organization" and len(body) >= 2
              and any(name.endswith(body) for name in (e.label, *e.aliases))]
    return headed[0] if len(headed) == 1 else None


def post_named_before(ctx: Context, ap: Apposition) -> Entity | None:
    """`KB증권 대표에는 이홍구 현 대표가 연임됐다`, `누리텍 사장으로 홍길동 부사장을`: the organization of the
    same post, named earlier in the sentence as what someone is appointed to (에, 로), is the post's."""
    role = ap.title.value or ap.title.text
    named = ctx.by_sentence.get(ap.title.sentence, [])
    for title in named:
        if title.kind != "Title" or title.end > ap.person.start or (title.value or title.text) != role \
                or not ctx.body.startswith(("에", "로", "으로"), title.end):
            continue
        # (한빛증권의 신임 대표이사에: its own post, and the new one)
        org = next((m for m in named if m.kind == "Organization" and m.end < title.start
                    and is_post_of(ctx.body[m.end:title.start])), None)
        if org is not None:
            return ctx.entities.of(org)
    return None


def is_post_of(between: str) -> bool:
    """Whether the text between an organization and a title makes the title its post: a space, or 의, and
    a modifier of the title (한빛증권 대표, 한빛증권의 신임 대표)."""
    words = between.removeprefix("의").split()
    return between[:1] in (" ", "의") and between.endswith(" ") and len(words) <= 1 \
        and all(w in lexicon.title_modifiers() for w in words)


def led_by(ctx: Context, ap: Apposition) -> Entity | None:
    """`홍명보 감독이 이끄는 축구 대표팀`: the organization named after the one its post holder is said to lead,
    with at most two words between (what it does, where it is)."""
    lead = LEADS.match(ctx.body, ap.title.end)
    if lead is None:
        return None
    sentence = ctx.analysis.sentences[ap.title.sentence]
    after = [e for m, e in ctx.actors(sentence, ("Organization",))
             if m.start >= lead.end() and len(ctx.body[lead.end():m.start].split()) <= 2]
    return after[0] if after else None


def founded_or_led(ctx: Context, ap: Apposition) -> Entity | None:
    """`누리AI를 세운 김철수 최고경영자`, `한빛전자를 이끄는 홍길동 사장`: the organization a post holder is said,
    right before his name, to have founded or to lead."""
    sentence = ctx.analysis.sentences[ap.title.sentence]
    return next((e for m, e in ctx.actors(sentence, ("Organization", "Concept"))
                 if (said := FOUNDED_OR_LED.match(ctx.body, m.end)) and said.end() == ap.person.start), None)


def party_named_before(ctx: Context, ap: Apposition) -> Entity | None:
    """`국민의힘 장동혁 대표는 … 송언석 원내대표도 …`: a party's post named without an organization is at the
    party, when the organization named last before it is a party (one named as where something is done,
    국회에서, does not count, nor one named as where another holds a post: 김동명 한국노총 위원장)."""
    posts_at = {(other.org.start, other.org.end) for other in ctx.mentions.appositions if other.org is not None}
    for index in range(ap.title.sentence, -1, -1):
        named = [m for m in ctx.by_sentence.get(index, []) if m.kind == "Organization" and m.end <= ap.person.start
                 and not ctx.tail(m).startswith("에")
                 and not ((m.start, m.end) in posts_at and m.cls != "PoliticalParty")]
        if named:
            last = ctx.entities.of(named[-1])
            return last if last is not None and last.cls == "PoliticalParty" else None
    return None


def subject_before(ctx: Context, sentence: Sentence, before: int, kinds: tuple[str, ...],
                   fits: Callable[[Entity], bool]) -> Entity | None:
    """The entity that fits and is the subject of the clause, the one named nearest before `before`: in `A는 …
    유임하고, B는 홍길동 사장을 재신임했다`, B; in `연세대는 … 윤동섭 총장과 …`, 연세대; in `한빛대(HBU) 이사회는 …
    총장으로 선임했다`, 한빛대, whose board acts for it; in `서울시는 오세훈 시장이 …`, 서울시."""
    subjects = [e for m, e in ctx.actors(sentence, kinds) if m.start < before and fits(e)
                and (ctx.is_subject(m) or BOARD_AS_SUBJECT.match(ctx.body, m.end))]
    return subjects[-1] if subjects else None


def lead_company(ctx: Context) -> Entity | None:
    """The company that is the subject of the story's first sentence with a subject (`삼성전자가 21일 사장단
    인사를 발표했다`): the article is its news, so a company post named without a company is at it."""
    for sentence in ctx.analysis.sentences:
        subjects = [e for m, e in ctx.actors(sentence) if ctx.is_subject(m)]
        if subjects:
            return subjects[0] if subjects[0].cls == "Corporation" else company_of_body(ctx, subjects[0])
    return None


def foreign_ministry(ctx: Context, ministry: Entity) -> Entity | None:
    """`왕이 외교부장`: a ministry headed by a 부장, not a 장관, is China's (or Taiwan's), not Korea's of that
    name: the one the article names with its country, if any."""
    return next((e for e in ctx.entities.entities if e.kind == "Organization" and " " in e.label
                 and e.label.endswith(f" {ministry.label}")), None)


def named_entity(ctx: Context, text: str) -> Entity | None:
    """The entity with that name or alias: an organization beside a post whose own mention a longer name
    took in (`KT 이사회 의장인 김용헌`: KT, where the article also names the body `KT 이사회`)."""
    return next((e for e in ctx.entities.entities if text == e.label or text in e.aliases), None)


def company_of_body(ctx: Context, body: Entity) -> Entity | None:
    """`KT 이사회`, `한빛금융지주 회장후보추천위원회`: the company a body named with it, or right after it,
    belongs to, when the article names the company."""
    head, _, rest = body.label.partition(" ")
    named = next((e for e in ctx.entities.entities if rest and e.cls == "Corporation" and e.label == head), None)
    if named is not None or body.kind != "Organization" or not body.label.endswith(COMMITTEES):
        return named
    starts = {m.start for m in body.mentions}
    return next((e for e in ctx.entities.entities if e.cls == "Corporation"
                 and any(m.end + 1 in starts and ctx.body[m.end] == " " for m in e.mentions)), None)


def local_government(ctx: Context, suffix: str) -> Entity | None:
    """The one city (county, district, province) the article is most about, when there is one."""
    ranked = sorted(((e, len(e.mentions)) for e in ctx.entities.entities if e.kind in ("Place", "Organization")
                     and any(name.endswith(suffix) for name in (e.label, *e.aliases))), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def merge_evidence(target: list[Evidence], more: list[Evidence]) -> None:
    for e in more:
        if e not in target:
            target.append(e)


# -- positions -------------------------------------------------------------------------------------
def team_called(ctx: Context, word: str) -> Entity | None:
    """`염경엽 LG 감독` in an article that names LG 트윈스: a coach's post is at the team the word is
    its sponsor's short name of, though the article names the sponsor's group too; so is `포옛 전북 감독`
    at 전북 현대 모터스, called by its city, though the province is called so too."""
    return next((e for e in ctx.entities.entities if e.cls == "SportsTeam"
                 and word in (lexicon.sponsor(e.label), e.label.split(" ")[0], *e.aliases)), None)


def extract_memberships(ctx: Context, facts: Facts) -> None:
    """Appositions become positions; one per person, role and organization, with all evidence."""
    sentences = ctx.analysis.sentences
    seen: dict[tuple, Membership] = {}
    subject_company: dict[tuple, Entity | None] = {}  # an orgless post: the organization its sentence is about
    party_before: dict[tuple, Entity | None] = {}  # an orgless post a party has: the party named just before
    appointed: dict[tuple, Sentence] = {}  # an orgless post someone is appointed to, and where
    promoted = promoted_from(ctx)
    lead = lead_company(ctx)
    carried = ctx.carried_subjects("Organization")
    for ap in ctx.mentions.appositions:
        person = ctx.entities.of(ap.person)
        if person is None or person.kind != "Person" or ap.title.value in lexicon.courtesy_titles():
            continue  # 김선영 여사: a name told with courtesy, no post
        org = (ctx.entities.of(ap.org) or named_entity(ctx, ap.org.text)) if ap.org else None
        if org is not None and org.kind not in ("Organization", "Place"):
            org = None
        role = acting_role(ctx, ap.title)
        if org is not None and role == "부장" and org.label.endswith("부") and " " not in org.label:
            org = foreign_ministry(ctx, org)
        if org is not None and role in lexicon.team_titles():
            org = team_called(ctx, ap.org.text) or org
        if org is None and role in lexicon.implied_organizations():  # 국회의원: 국회, when the article names it
            implied = lexicon.implied_organizations()[role]
            org = named_entity(ctx, implied)
        if org is None and role in LOCAL_HEADS:  # 서울시는 오세훈 시장이 …; 김보라 시장 in an article about 안성시
            unit = LOCAL_HEADS[role]
            org = subject_before(ctx, sentences[ap.title.sentence], ap.person.start, ("Place", "Organization"),
                                 lambda e, unit=unit: any(name.endswith(unit) for name in (e.label, *e.aliases))) \
                or local_government(ctx, unit)
        if org is None and role in BODY_HEADS:  # 산업통상자원부는 김정관 장관이 …: the body the clause is about
            org = subject_before(ctx, sentences[ap.title.sentence], ap.person.start, ("Organization",),
                                 lambda e, unit=BODY_HEADS[role]: e.label.endswith(unit))
        if org is None:  # 합동수사단장인 이정훈 부장검사: the head of the one body of the story the title names
            org = body_headed(ctx, role)
        if org is None:  # KB증권 대표에는 이홍구 현 대표가: the post the sentence named with its body before
            org = post_named_before(ctx, ap)
        if org is None:  # 홍명보 감독이 이끄는 대표팀은: the body one leads
            org = led_by(ctx, ap)
        if org is None:  # 누리AI를 세운 김철수 최고경영자: the company he founded (an unknown name is one)
            org = founded_or_led(ctx, ap)
            if org is not None:
                promote(org, "Corporation")
                org = org if org.kind == "Organization" else None
        key = (person.key, role, org.key if org else None, ap.former)
        if org is None and role in PARTY_ROLES and not ap.former:  # 국민의힘 장동혁 대표는 … 송언석 원내대표도
            party_before.setdefault(key, party_named_before(ctx, ap))
        # 기아는 … 송호성 사장과 …; 어도어는 … 민희진 전 대표가 해임된 이후: a former post too, when its holder is
        # the clause's subject (one hired, 김철수 전 대표를 영입했다, may have held it elsewhere)
        post = role.partition(" ")[0]  # (사장 직무대행: one acting as 사장 is at the body a 사장 heads)
        if org is None and post in POST_BODIES and (not ap.former or ctx.is_subject(ap.title)):
            subject = subject_before(ctx, sentences[ap.title.sentence], ap.person.start, ("Organization",),
                                     lambda e, post=post: holds_post(e, post))
            if subject is None and post in COMPANY_POSTS:  # 한빛금융 회장후보추천위원회는 … 김 회장을: its company's
                board = subject_before(ctx, sentences[ap.title.sentence], ap.person.start, ("Organization",),
                                       lambda e: company_of_body(ctx, e) is not None)
                subject = company_of_body(ctx, board) if board is not None else None
            # LG화학은 … 선임했다. 신학철 부회장은 …: the company the story goes on with, before the story's own
            went_on = carried[ap.title.sentence] if ctx.own_subject(sentences[ap.title.sentence], "Organization") \
                is None else None
            went_on = went_on if went_on is not None and post in COMPANY_POSTS and holds_post(went_on, post) else None
            subject_company.setdefault(
                key, subject or (went_on or lead if post in COMPANY_POSTS and not ap.former else None))
        membership = seen.setdefault(key, Membership(person, role, org, ap.former))
        merge_evidence(membership.evidence, [ctx.evidence(sentences[ap.title.sentence])])
        if org is None and ctx.body[ap.title.end:ap.title.end + 1] in ("에", "로", "으"):  # 사무총장에 …
            appointed[key] = sentences[ap.title.sentence]
    # a post named once with its organization and once without is one post; so is a post named in
    # short without one (정 위원장 for 정진석 비상대책위원장; but 부사장 is no 사장)
    for key, m in list(seen.items()):
        if m.org is not None:
            continue
        full = next((v for k, v in seen.items() if k != key and names_the_post(k, key)), None)
        if full is not None:
            merge_evidence(full.evidence, m.evidence)
            del seen[key]
    # 이정훈 대표이사 … 이 대표, both at 삼성SDS: a post named in short at the same organization is the same post
    for key in list(seen):
        full = next((k for k in seen if (k[0], k[2], k[3]) == (key[0], key[2], key[3]) and key[2] is not None
                     and is_fuller_role(k[1], key[1])), None)
        if full is not None:
            merge_evidence(seen[full].evidence, seen.pop(key).evidence)
    for key, party in party_before.items():
        if key in seen and party is not None:
            move_post(seen, key, party)
    # 김동연 경기도지사 … 김 지사: a local head's title with its unit's letter or without is one post
    for key in list(seen):
        longer = next((k for k in seen if k[2] is not None and (k[0], k[2], k[3]) == (key[0], key[2], key[3])
                       and k[1][:1] in "도시군구" and k[1][1:] == key[1]), None)
        if longer is not None:
            merge_evidence(seen[longer].evidence, seen.pop(key).evidence)
    # 또 럼 베트남 서기장 … 베트남 공산당 서기장: a post at a country is the same post at its body named with it
    for key, m in list(seen.items()):
        if m.org is None or m.org.cls != "Country":
            continue
        body = next((v for k, v in seen.items() if (k[0], k[1], k[3]) == (key[0], key[1], key[3])
                     and v.org is not None and v.org.label.startswith(f"{m.org.label} ")), None)
        if body is not None:
            merge_evidence(body.evidence, seen.pop(key).evidence)
    # 최재호 회장 (무학) … 최재호 단독대표: a company man's other post is at his company; not the post one is
    # named by as he moves to another company (허선호 부회장은 … 대표로 자리를 옮긴다: the one he leaves)
    for key, m in list(seen.items()):
        if m.org is not None or m.former or any(MOVING.search(ev.text) for ev in m.evidence):
            continue
        companies = {v.org.key: v.org for k, v in seen.items()
                     if k[0] == key[0] and v.org is not None and v.org.cls == "Corporation" and not v.former}
        if len(companies) == 1:
            move_post(seen, key, *companies.values())
    # 기아는 25일 송호성 사장과 … 참석한 가운데: a company post no other sentence places is at the company the
    # sentence is about
    placed = {k[0] for k in seen if k[2] and not k[3]}
    for key, company in subject_company.items():
        if key in seen and company is not None and key[0] not in placed:
            move_post(seen, key, company)
    # 홍명보 감독이 이끄는 대표팀은: a team's post named without a team is at the one team the article names,
    # unless the holder held it there before (김학범 전 제주 감독을 선임 … 김 감독: his new team is another)
    teams = [e for e in ctx.entities.entities if e.cls == "SportsTeam"]
    if len(teams) == 1:
        for key in [k for k in seen if k[2] is None and not k[3] and k[1] in lexicon.team_titles()]:
            if (key[0], key[1], teams[0].key, True) not in seen:
                move_post(seen, key, teams[0])
    # 장 대표는 사무총장에 정희용 의원을 임명했다: a post given by one who heads an organization is at it
    for key, sentence in appointed.items():
        appointer = ctx.own_subject(sentence, "Person")
        held = {v.org.key: v.org for k, v in seen.items() if appointer is not None and k[0] == appointer.key
                and v.org is not None and v.org.kind == "Organization" and not v.former}
        if key in seen and len(held) == 1 and APPOINTMENT.search(ctx.unquoted_text(sentence)):
            move_post(seen, key, *held.values())
    # 샘 올트먼 최고경영자 … 올트먼 CEO: a post written in its letters is the one written out
    for key in [k for k in seen if k[1].isascii()]:
        full = next((v for k, v in seen.items() if (k[0], k[2], k[3]) == (key[0], key[2], key[3])
                     and not k[1].isascii() and letters_of(k[1]) == key[1]), None)
        if full is not None:
            merge_evidence(full.evidence, seen.pop(key).evidence)
    # 홍은택 전 대표의 뒤를 이어 카카오 대표에 올랐다: the one succeeded held the post at the same organization
    for key, m in list(seen.items()):
        if m.org is not None or not m.former:
            continue
        told = {(ev.start, ev.end) for ev in m.evidence}
        successor = next((v for k, v in seen.items() if k[0] != key[0] and k[1] == key[1] and v.org is not None
                          and not v.former and any((ev.start, ev.end) in told and SUCCESSION.search(ev.text)
                                                   for ev in v.evidence)), None)
        if successor is not None:
            move_post(seen, key, successor.org)
    # 이창용 한국은행 총재 … 유상대 부총재: a deputy's post named alone is at the one organization the article
    # names the post it deputizes at (not a company's 부회장 or 부사장: every company of a group has them)
    for key, m in list(seen.items()):
        if m.org is not None or m.former or not m.role.startswith("부") or m.role[1:] not in lexicon.titles() \
                or m.role in COMPANY_POSTS:
            continue
        deputized = {v.org.key: v.org for k, v in seen.items() if k[1] == m.role[1:] and v.org is not None
                     and v.org.kind == "Organization"}
        if len(deputized) == 1:
            move_post(seen, key, *deputized.values())
    # 박영희 전무를 부사장으로 승진시켰다: the post one is promoted from is held no more
    for key in [k for k in seen if (k[0], k[1]) in promoted and not k[3]]:
        m = seen.pop(key)
        m.former = True
        merge_evidence(seen.setdefault((*key[:3], True), m).evidence, m.evidence)
    facts.memberships.extend(seen.values())


def promoted_from(ctx: Context) -> set[tuple[str, str]]:
    """(person, post) for each post named with a person in a sentence that promotes the person to another
    (박영희 전무를 부사장으로 승진시켰다: 전무)."""
    found: set[tuple[str, str]] = set()
    for ap in ctx.mentions.appositions:
        sentence = ctx.analysis.sentences[ap.title.sentence]
        person = ctx.entities.of(ap.person)
        # the name's own post, right after it or after its organization: 박영희 전무, 김민수 한빛전자 부사장
        named_from = ap.person.end if ap.org is None or ap.org.start < ap.person.end else ap.org.end
        right_after = ap.person.end <= ap.title.start <= named_from + 1
        if person is None or PROMOTED not in ctx.unquoted_text(sentence) or not right_after:
            continue
        to = [other for other in ctx.mentions.appositions if other.person.start == ap.person.start
              and other.title.start > ap.title.end and ctx.body.startswith(("로", "으로"), other.title.end)]
        if to:
            found.add((person.key, ap.title.value or ap.title.text))
    return found


def letters_of(role: str) -> str | None:
    """The letters a title is also written with: CEO for 최고경영자, CFO for 최고재무책임자 (Chief Financial
    Officer), by its English name."""
    english = lexicon.titles().get(role) or ""
    words = english.split()
    return english if english.isupper() else "".join(w[0] for w in words).upper() if len(words) > 1 else None


def acting_role(ctx: Context, title: Mention) -> str:
    """The post a title names, or the one its holder acts in: `김정기 대구시장 권한대행` acts as mayor and is
    none, `한덕수 대통령 권한대행` acts as president."""
    role = title.value or title.text
    acting = re.match(rf"\s?({'|'.join(ACTING)})", ctx.body[title.end:title.end + 6])
    if acting is not None and role not in ACTING:
        return f"{role} {acting.group(1)}"
    if role not in ACTING:
        return role
    # 대통령 권한대행, 대구시장 권한대행: the post acted in, written before (a title read there, or one no name
    # holds, which is no title mention)
    post = next((t.value or t.text for t in ctx.by_sentence.get(title.sentence, [])
                 if t.kind == "Title" and t.end == title.start - 1), None)
    before = re.search(r"(\S+)\s$", ctx.body[max(0, title.start - 12):title.start])
    post = post or (before.group(1) if before is not None and before.group(1) in lexicon.titles() else None)
    return f"{post} {role}" if post else role


def move_post(seen: dict[tuple, Membership], key: tuple, company: Entity) -> None:
    """Place a post named without an organization at the company found for it."""
    m = seen.pop(key)
    moved = seen.setdefault((key[0], key[1], company.key, m.former), Membership(m.person, m.role, company, m.former))
    merge_evidence(moved.evidence, m.evidence)


def names_the_post(full: tuple, short: tuple) -> bool:
    """Whether a post keyed (person, role, organization, former) is the one a post without an
    organization names: the same role at a known organization, a fuller role ending in it (or 대표이사 for
    대표), or the role written with the organization's first letters (국방장관 for 장관 at 국방부)."""
    person, role, org, former = full
    if (person, former) != (short[0], short[3]):
        return False
    named_with_org = org is not None and short[1].endswith(role) and len(short[1]) > len(role) \
        and org.partition(":")[2].startswith(short[1][:-len(role)])
    return role == short[1] and org is not None or is_fuller_role(role, short[1]) or named_with_org


def is_fuller_role(role: str, short: str) -> bool:
    """Whether a role is the short one written in full: 비상대책위원장 for 위원장, 대표이사 (the representative
    director) for 대표; not one below or beside it (부사장 is no 사장)."""
    fuller = len(role) > len(short) and role.endswith(short) and role[:-len(short)] not in RANK_PREFIXES
    return fuller or role == f"{short}이사"


#: what makes a post another one below or beside the post it is written with: 부사장 is no 사장, but
#: 당대표 is the 대표 of 장 대표
RANK_PREFIXES = frozenset({"부", "차", "명예", "수석", "상임"})


#: a club right after a player's name, in brackets as rosters and match reports write it, after his age or
#: not: 손흥민(토트넘), 손흥민(33·LA FC)
CLUB_IN_BRACKETS = re.compile(r"\((?:\d{1,2}·)?([^()·,]{1,20})\)")
#: the post of one who plays for a team
PLAYER = "선수"
#: the role of one of a group's members, who sign for the group
MEMBER = "멤버"


def extract_players(ctx: Context, facts: Facts) -> None:
    """`LA FC의 손흥민`, `KIA 김도영`, `손흥민(토트넘)`: a person named right after a team and its 의 or a space,
    or with the team in brackets, plays for it, when no post of his is told with the name (`토트넘의
    포스테코글루 감독`, `한화 손혁 단장`) nor elsewhere at the team. Where one player's club is known, another's
    bracketed organization that no rule typed is a club too: `이강인(파리 생제르맹)이 …, 오현규(헹크)가`."""
    posts = {(m.person.key, m.org.key) for m in facts.memberships if m.org is not None}
    titled = {ap.person.start for ap in ctx.mentions.appositions}
    found: list[tuple[Entity, Entity, Sentence]] = []
    for sentence in ctx.analysis.sentences:
        named = ctx.entity_mentions(sentence, ("Person", "Organization", "Concept"))
        teams = {m.end: e for m, e in named if e.cls == "SportsTeam"}
        for m, person in named:
            if person.kind != "Person" or m.start in titled:
                continue
            bracket = CLUB_IN_BRACKETS.match(ctx.body, m.end)
            team = teams.get(m.start - 2) if ctx.body[m.start - 2:m.start] == "의 " else \
                teams.get(m.start - 1) if ctx.body[m.start - 1:m.start] == " " else None
            if team is None and bracket is not None:
                team = next((e for t, e in named if (t.start, t.end) == (bracket.start(1), bracket.end(1))
                             and (e.cls in ("SportsTeam", "Name") or e.cls == e.kind == "Organization")), None)
            if team is not None:
                found.append((person, team, sentence))
    clubs_in_brackets = any(team.cls == "SportsTeam" for _, team, _ in found)
    for person, team, sentence in found:
        if team.cls != "SportsTeam" and not clubs_in_brackets or (person.key, team.key) in posts:
            continue
        team.kind, team.cls = "Organization", "SportsTeam"
        posts.add((person.key, team.key))
        membership = Membership(person, PLAYER, team, False)
        facts.memberships.append(membership)
        merge_evidence(membership.evidence, [ctx.evidence(sentence)])


#: a player joining a club (`LAFC에 입단했다`, `토트넘으로 전격 이적한다`; not `이적한 뒤`, a step of his career
#: before others) or leaving one (`토트넘을 떠나`, `파리 생제르맹(PSG)을 떠나`)
JOINS_TEAM = re.compile(r"(?:\([^()]{1,20}\))?(?:에|으로|로)\s(?:\S+\s)?(?:입단|이적)"
                        r"(?:했다|한다|했고|했으며|하며|하고|하기로|할\s예정|해\s)")
LEAVES_TEAM = re.compile(r"(?:\([^()]{1,20}\))?(?:을|를)\s떠나")


def extract_transfers(ctx: Context, facts: Facts) -> None:
    """`손흥민은 토트넘 홋스퍼를 떠나 LAFC에 입단했다`: the sentence's subject plays for the club he joins, and
    played for the one he leaves; not one who holds another post at the club (a coach leaves it too)."""
    people = ctx.carried_subjects("Person")
    held = {(m.person.key, m.org.key) for m in facts.memberships if m.org is not None}
    for sentence in ctx.analysis.sentences:
        person = people[sentence.index]
        for m, team in ctx.entity_mentions(sentence, ("Organization",)):
            joined = JOINS_TEAM.match(ctx.body, m.end) is not None
            if person is None or team.cls != "SportsTeam" or (person.key, team.key) in held \
                    or not (joined or LEAVES_TEAM.match(ctx.body, m.end)):
                continue
            held.add((person.key, team.key))
            membership = Membership(person, PLAYER, team, not joined)
            facts.memberships.append(membership)
            merge_evidence(membership.evidence, [ctx.evidence(sentence)])


# -- ownership -------------------------------------------------------------------------------------
def extract_ownerships(ctx: Context, facts: Facts) -> None:
    """Which organization belongs to which, in the ways Korean news says it:

    `X의 (AI 사업) 자회사(인) Y`, `X 산하 Y`, `Y는 X의 자회사다`, `X가 … 자회사 Y` (X the subject),
    `X는 A와 B를 100% 자회사로 두다`, `X 지주회사(인) Y` (Y belongs to the group X),
    `Y는 X가 설립한 법인이다`.
    """
    subjects = ctx.carried_subjects("Organization")  # 한빛은 … 출범했다. (한빛은) A를 자회사로 뒀다.
    for sentence in ctx.analysis.sentences:
        plain = ctx.unquoted_text(sentence)
        orgs = ctx.actors(sentence, ("Organization", "Concept"))
        # every mention, repeats included: in `애플 법인은 … 애플의 자회사인 Y` the owner is the second 애플
        named = ctx.entity_mentions(sentence, ("Organization", "Concept"))
        subject = subjects[sentence.index]
        previous = subjects[sentence.index - 1] if sentence.index else None
        evidence = ctx.evidence(sentence)
        for match in OWNERSHIP.finditer(plain):
            at, after_at = sentence.start + match.start(), sentence.start + match.end()
            before = [(m, e) for m, e in named if m.end <= at]
            # the head of what follows, with only nouns between: an organization, or an unknown name that
            # a particle ends (자회사인 칩리스 반도체 기업 ARM; in `계열사 대표이사 자리를 내놓으며 … 한진그룹과`
            # nothing follows it)
            owned_after = [(m, e) for m, e in orgs if m.start >= after_at and nouns_between(sentence, after_at, m.start)
                           and (e.kind == "Organization" or ctx.body[m.end:m.end + 1] in CASE_PARTICLES)]
            after = [e for _, e in owned_after]
            if plain[match.end():match.end() + 1] == "로":
                # Y는 X 산하로 편입됐다: the subject joins the organization named right before the keyword;
                # A는 Y를 인수해 X 자회사로 편입했다: the object does
                joined = next((e for m, e in reversed(before) if re.fullmatch(r"의?\s*", ctx.body[m.end:at])), None)
                # Y는 X의 자회사가 되고, Z의 손자회사로 편입된다: Z owns Y through X, not itself
                through = match.group(2) == "손자회사" and any(o.child is subject for o in facts.ownerships)
                made = ACTIVE_JOINING.match(plain, match.end() + 1) is not None
                taken = next((e for m, e in reversed(before) if e is not joined and TAKEN.match(ctx.body, m.end)), None)
                child = taken if made and taken is not None else subject
                if joined is not None and child is not None and joined is not child and not through:
                    # A와 B는 X의 자회사로 편입됐다: every subject listed joins
                    for item in [child] if child is taken else joined_to_subject(ctx, orgs, child):
                        link_parent(facts, item, joined, evidence)
                    continue
                # X는 A와 B를 (100%) 자회사로 두다: the objects before the keyword belong to the subject
                for m, e in before:
                    if e is not subject and (ctx.body[m.end:m.end + 1] in ("와", "과", ",", "·")
                                             or TAKEN.match(ctx.body, m.end)):
                        link_parent(facts, e, subject, evidence)
                continue
            # the owner: the nearest organization before with 의 (a few modifying words may follow),
            # else the subject of the sentence (카카오가 … 자회사 카카오브레인에)
            owned = next(((m, e) for m, e in reversed(before) if OWNER_TO_WORD.fullmatch(ctx.body[m.end:at])
                          or OWNER_HOLDING.fullmatch(ctx.body[m.end:at])), None)
            # 서울시 산하 SH공사: a city's body has the city for its owner, no organization of the sentence
            # (미국 자회사 X: the subject's subsidiary in America)
            by_place = match.group(2) == "산하" and any(
                re.fullmatch(r"의?\s*", ctx.body[m.end:at]) and e.cls in ("City", "AdministrativeArea")
                for m, e in ctx.entity_mentions(sentence, ("Place",)))
            # 자회사 한빛뱅크와 한빛증권도 …: when what is owned is the subject, the owner is the one before
            also_owned = [e for _, e in joined_after(ctx, owned_after[:1], orgs)]
            mentioned = previous if any(e is subject for e in (*after, *also_owned)) else subject
            owner = owned[1] if owned else None if by_place else mentioned
            # 칼호텔, 한진관광 등 대한항공 계열사; 한빛그룹은 누리전자, 세온소재 등 계열사 3곳을 두고 있다
            listed = listed_before(ctx, before, owned[0].start if owned else at)
            # Y는 X의 자회사다: with nothing named after it, the word says what the subject is, with the copula
            # (in `중국 상무부는 한빛의 자회사 5곳을 제재했다` the subject is no subsidiary)
            said_of_subject = SAID_OF_SUBJECT.match(plain[match.end():]) is not None
            child = after[0] if after else next((e for m, e in before if ctx.is_subject(m)), None) \
                if said_of_subject else None
            for item in listed or [child, *also_owned]:
                link_parent(facts, item, owner, evidence)
        for match in JOINT_VENTURE.finditer(plain):
            founded = VENTURE_SET_UP.match(plain, match.end()) is not None
            owners = venture_owners(ctx, orgs, sentence.start + match.start(), subject, founded)
            # 두 회사의 합작법인: the companies counted are the two the story named together before
            counted = SIDES_OWNING.search(plain[:match.start()])
            if not owners and counted:
                owners = counted_sides(ctx, facts, sentence, counted)
            child = next((e for m, e in orgs if m.start >= sentence.start + match.end()
                          and nouns_between(sentence, sentence.start + match.end(), m.start)), None)
            if child is None and SAID_OF_SUBJECT.match(plain[match.end():]) and subject not in owners:
                child = subject  # C는 A와 B가 출자한 합작법인이다: the word says what the subject is
            for parent in owners:
                link_parent(facts, child, parent, evidence)
        for match in VENTURE_MADE.finditer(plain):
            owners, child = venture_made(ctx, orgs, sentence, match, subject)
            for parent in owners:
                link_parent(facts, child, parent, evidence)
        for match in MAJORITY_STAKE.finditer(plain):  # 한빛전자는 누리소재 지분 100%를 보유: a majority is control
            at, end = sentence.start + match.start(), sentence.start + match.end()
            held = next((e for m, e in reversed(named) if m.end <= at and STAKE_OF.fullmatch(ctx.body[m.end:at])), None)
            # 한빛웹툰은 … 상장했으며 누리가 지분 63%를 보유하고 있다: one named as the holder holds the topic
            holder = next((e for m, e in reversed(orgs) if re.fullmatch(r"[이가]\s", ctx.body[m.end:at])), None)
            # 한빛증권의 최대주주는 지분 57%를 가진 누리금융이다: the one named right after the stake holds it
            holding = next((e for m, e in orgs if re.fullmatch(r"한?\s", ctx.body[end:m.start])), None)
            # 한빛모빌리티의 최대주주는 한빛으로 지분 57%를 갖고 있다: the one named the largest holds it
            largest = next(((m, e) for m, e in reversed(orgs) if m.end <= at
                            and re.fullmatch(r"(?:으로|로)\s", ctx.body[m.end:at])), None)
            if held is None and largest is not None:
                held = next((e for m, e in orgs if STAKE_OF.fullmatch(ctx.body[m.end:largest[0].start])
                             and "최대" in ctx.body[m.end:largest[0].start]), None)
                holding = largest[1] if held is not None else holding
            # 누리의 최대주주는 한빛홀딩스로, 한빛홀딩스는 누리 지분 64%를 갖고 있다: the topic of the stake's clause
            topic = next((e for m, e in reversed(named) if m.end <= at and ctx.tail(m, 2) in ("은 ", "는 ")), None)
            held, owner = (subject, holder) if held is None and holder is not None \
                else (held, holding or topic or subject)
            if float(match.group(1)) > 50 and held is not owner:
                link_parent(facts, held, owner, evidence)
        for match in PARENT.finditer(plain):
            # 한빛홀딩스의 모회사인 한빛그룹, 한빛제약 지주회사인 한빛사이언스: the first belongs to the second;
            # 한빛그룹은 한빛홀딩스의 모회사다: to the subject
            at, after_at = sentence.start + match.start(), sentence.start + match.end()
            child = next((e for m, e in reversed(orgs) if m.end <= at and OWNER_TO_WORD.fullmatch(ctx.body[m.end:at])),
                         None)  # 한빛웹툰의 (미국) 모회사
            topic = re.match(r"[은는]\s", plain[match.end():])
            start = after_at + (topic.end() if topic else 0)
            parent = next((e for m, e in orgs if m.start >= start and nouns_between(sentence, start, m.start)), None)
            if parent is None and topic:  # 쿠팡의 모회사는 뉴욕증시에 상장한 쿠팡Inc다: the one the sentence ends on
                parent = next((e for m, e in orgs if m.start >= start
                               and ENDS_SAYING.fullmatch(ctx.body[m.end:sentence.end])), None)
            if parent is None and SAID_OF_SUBJECT.match(plain[match.end():]):
                parent = next((e for m, e in orgs if ctx.is_subject(m) and e is not child), None)
            if match.group() == "지주회사" and child is not None and child.label.endswith("그룹"):
                child, parent = parent, child  # SK그룹 지주회사인 SK㈜: the holding company is the group's
            link_parent(facts, child, parent, evidence)
        own_subject = next((e for m, e in orgs if ctx.is_subject(m)), None)
        if FOUNDED.search(plain) and own_subject is not None:  # Y는 X가 … 설립한 (신규) 법인이다
            founders = [e for m, e in orgs if e is not own_subject and ctx.body[m.end:m.end + 1] in ("가", "이")]
            if founders:
                link_parent(facts, own_subject, founders[0], evidence)


#: the word written apart after a company's name that makes its arm abroad (보잉 인터내셔널); written together,
#: the name is a company's own (포스코인터내셔널)
ARM_ABROAD = "인터내셔널"


def link_branches(ctx: Context, facts: Facts) -> None:
    """`현대차 미국법인`, `고용노동부 포항지청`, `KT 이사회`, `한빛대병원 연구팀`, `하이브재팬`: a branch or a body
    named with its organization (a word of its own, then a place and 법인, 지점, 지청…, or a noun for a body of
    it: 이사회, 연구팀, 노조; or a region's English name, written apart or not; or 인터내셔널 written apart)
    belongs to that organization, when the article names it; so does a union's or a party's branch named right
    after it (전국금속노동조합 현대자동차지부), and a company's board committee (하나금융지주 회장후보추천위원회)."""
    for e in ctx.entities.entities:
        head, _, branch = e.label.partition(" ")
        arm = regional_arm(e.label)
        if arm is not None:
            head = e.label.removesuffix(arm).rstrip()  # 하이브재팬, 넷플릭스 코리아: the company's arm there
        elif not (branch.endswith((*BRANCH_NOUNS, *BOARDS)) or branch == ARM_ABROAD or is_body_of_org(branch)):
            continue
        if e.kind != "Organization":
            continue
        known = lexicon.lookup(head)  # 현대차 미국법인 … 현대자동차
        names = {head, known.label} if known else {head}
        # (an unknown name, 누리에어로 of 누리에어로 인터내셔널, is the organization its arm says it is)
        parent = next((o for o in ctx.entities.entities if o is not e and o.kind in ("Organization", "Concept")
                       and (o.label in names or names & set(o.aliases))), None)
        if parent is not None:
            m = e.mentions[0]
            link_parent(facts, e, parent, ctx.evidence(ctx.analysis.sentences[m.sentence]))
    # 전국금속노동조합 현대자동차지부, 민주노총 서울지역본부: a union's or a party's branch right after it; 하나금융지주
    # 회장후보추천위원회: a company's committee (read as no state's) right after the company; 서울경찰청
    # 마약범죄수사대: a public body no lexicon knows, right after another, is its unit
    for sentence in ctx.analysis.sentences:
        named = ctx.entity_mentions(sentence, ("Organization",))
        for (m, parent), (n, branch) in zip(named, named[1:], strict=False):
            if ctx.body[m.end:n.start] == " " and branch is not parent and not lexicon.lookup(branch.label) \
                    and is_unit_named_after(parent, branch):
                link_parent(facts, branch, parent, ctx.evidence(sentence))


def is_unit_named_after(parent: Entity, branch: Entity) -> bool:
    """Whether an organization no lexicon knows, named right after another, is a unit of it: a union's or a
    party's branch, a company's committee, a public body's unit."""
    committee = parent.cls == "Corporation" and branch.cls == "Organization" and branch.label.endswith("위원회")
    public = parent.cls == branch.cls == "GovernmentOrganization"
    return branch.label.endswith(SUB_BODIES) or committee or public


def is_named_arm(child: Entity, parent: Entity) -> bool:
    """Whether an organization's name opens with a name of the one it belongs to: an arm or a branch of it
    (보잉 인터내셔널, 현대차 미국법인), which may act for it."""
    return any(child.label.startswith(name) and child.label != name for name in (parent.label, *parent.aliases))


def is_body_of_org(noun: str) -> bool:
    """Whether the noun names a body of the organization before it (연구팀, 노조, 비대위), not a country's team."""
    return lexicon.units().get(noun) == ("Organization", "body")


#: the bodies of a company that may be named right after it: its committees and its board
COMMITTEES = ("위원회", "이사회")
#: the branches of a union or a party, named after the place or the company they organize
SUB_BODIES = ("지부", "지회", "분회", "지역본부", "시당", "도당")


def says_what_a_thing_is(sentence: Sentence) -> bool:
    """Whether the sentence ends by saying what kind of thing something is (…가 출자한 합작법인이다,
    …회사였다), not what was done (체결할 예정이다 ends with the copula too)."""
    tokens = [t for t in sentence.tokens if not t.tag.startswith(("S", "E"))]
    return len(tokens) >= 2 and tokens[-1].tag == "VCP" and tokens[-2].tag.startswith("NN") \
        and lexicon.cued_class(tokens[-2].form) is not None


def venture_owners(ctx: Context, orgs: list[tuple[Mention, Entity]], at: int, subject: Entity | None,
                   founded: bool = False) -> list[Entity]:
    """Who owns the joint venture named at `at`: the partner named with 와의, or as the one it was set up
    with, and the sentence's subject (삼성SDI는 스텔란티스와의 합작법인 …, LG엔솔이 GM과 세운 합작법인 …), or
    those listed with 의 (LG엔솔과 GM의 합작사 …), or as the subjects of putting it up (A와 B가 각각 50%씩
    출자한 합작법인; A와 B가 합작법인 C를 설립했다, A가 B와 합작법인 C를 세웠다, when `founded`)."""
    before = [(m, e) for m, e in orgs if m.end <= at]
    if not before:
        return []
    m, partner = before[-1]
    between = re.sub(r"^(?:\([^()]{1,20}\)|\))", "", ctx.body[m.end:at])  # 제너럴모터스(GM)와의: past the gloss
    # (A가 B와 합작법인 C를 세웠다: with the venture set up, 와 alone names the partner)
    if VENTURE_PARTNER.fullmatch(between) or founded and re.fullmatch(r"[와과]\s", between):
        return [partner, subject] if subject is not None and subject is not partner else []
    first = listed_from(ctx, before, len(before) - 1)
    # (a word may say where or in what field: A와 B의 인도네시아 합작법인, A와 B의 배터리 합작법인)
    listed = first < len(before) - 1 and (re.fullmatch(r"의\s*(?:[가-힣]+\s)?", between)
                                          or VENTURE_FOUNDED.fullmatch(between)
                                          or founded and re.fullmatch(r"[이가]\s", between))
    return [e for _, e in before[first:]] if listed else []


def venture_made(ctx: Context, orgs: list[tuple[Mention, Entity]], sentence: Sentence, match: re.Match,
                 subject: Entity | None) -> tuple[list[Entity], Entity | None]:
    """The owners of a venture set up together, told with verbs, and the venture: the subject and the partner
    with 와 (`SK온이 포드와 합작해 세운 법인 블루오벌SK`), or the companies listed as the subjects of setting it up
    (`블루오벌SK는 SK온과 포드가 50%씩 출자해 설립했다`), the venture named after the verb or else the topic."""
    at, end = sentence.start + match.start(), sentence.start + match.end()
    before = [(m, e) for m, e in orgs if m.end <= at]
    if not before:
        return [], None
    m, last = before[-1]
    between = ctx.body[m.end:at]
    if re.fullmatch(r"[와과]\s(?:\S+\s){0,2}", between):
        owners = [last, subject] if subject is not None and subject is not last else []
    elif re.fullmatch(r"[이가]\s(?:\S+\s){0,3}", between):
        owners = [e for _, e in before[listed_from(ctx, before, len(before) - 1):]]
    else:
        return [], None
    named = next((e for m, e in orgs if m.start > end and nouns_between(sentence, end + 1, m.start)), None)
    child = named or (subject if subject not in owners else None)
    return (owners, child) if child is not None else ([], None)


def joined_after(ctx: Context, first: list[tuple[Mention, Entity]],
                 orgs: list[tuple[Mention, Entity]]) -> list[tuple[Mention, Entity]]:
    """`자회사 토스뱅크와 토스증권도`: the organizations joined to the first one by 와, 과, a comma or ·."""
    joined: list[tuple[Mention, Entity]] = []
    if not first:
        return joined
    end = first[0][0].end
    for m, e in orgs:
        if m.start < end:
            continue
        if not re.fullmatch(r"[와과]\s|,\s?|·", ctx.body[end:m.start]):
            break
        joined.append((m, e))
        end = m.end
    return joined


def nouns_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether only nouns (and the copula of 자회사인, or the quote mark a name opens with: 합작법인 '세온소재')
    stand between two offsets: one noun phrase."""
    between = [t for t in sentence.tokens if start <= t.start and t.end <= end]
    return all(t.tag.startswith(("NN", "SL", "SN", "XS", "XP")) or t.tag in COPULA_TAGS and t.form in ("이", "ᆫ", "자")
               or t.tag == "SSO" and t.form in (*TITLE_QUOTES, "“", "\"") for t in between)


def listed_before(ctx: Context, orgs: list[tuple[Mention, Entity]], at: int) -> list[Entity]:
    """`칼호텔네트워크, 한진관광 등 대한항공 계열사`: the organizations listed before 등 right before `at`, where
    the owner (or the ownership word) is named."""
    ending = re.search(r"\s*등\s*$", ctx.body[:at])
    if ending is None:
        return []
    items: list[Entity] = []
    end = ending.start()
    for m, e in reversed([(m, e) for m, e in orgs if m.end <= end]):
        if m.end != end:
            break
        items.append(e)
        gap = re.search(r"(?:,\s*|·)$", ctx.body[:m.start])
        if gap is None:
            break
        end = gap.start()
    return items[::-1]


def link_parent(facts: Facts, child: Entity | None, parent: Entity | None, evidence: Evidence) -> None:
    """Record that `child` belongs to `parent`, once, with every sentence that says so.

    An unknown name in either place is an organization by that role; a concept of common nouns (인공지능,
    listed after a subsidiary: 자회사 아람코디지털과 AI 데이터센터) is owned by no one and owns nothing.
    """
    if child is None or parent is None or child is parent or "Concept" in (child.cls, parent.cls):
        return
    promote(child, "Corporation")
    promote(parent, "Corporation")
    found = next((o for o in facts.ownerships if o.child is child and o.parent is parent), None)
    if found is None:
        found = Ownership(child, parent)
        facts.ownerships.append(found)
    merge_evidence(found.evidence, [evidence])


# -- agreements ------------------------------------------------------------------------------------
def agreement_word(text: str) -> tuple[int, str, str] | None:
    """The first agreement word in the text: (offset, word, type), longest word first. One that talks are
    about, when another follows, is no agreement signed (FTA 협상을 마무리하기로 합의했다: the 합의)."""
    found = []
    for word, kind in sorted(lexicon.agreement_types().items(), key=lambda kv: -len(kv[0])):
        at = text.find(word)
        if at >= 0:
            found.append((at, word, kind))
    found.sort(key=lambda f: f[0])  # (stable: of two words found at one offset, the longer)
    talks = NEGOTIATED.match(text, found[0][0] + len(found[0][1])) if found else None
    signed = [f for f in found if f[0] >= talks.end()] if talks else []
    return signed[0] if signed else found[0] if found else None


@cache
def agreement_topic() -> re.Pattern:
    """An agreement word as the topic of a clause: `… MOU는`, `‘… 계약서’는`."""
    words = sorted(lexicon.agreement_types(), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))}){CLOSE_QUOTE}(?:은|는)(?=\\s)")


#: a clause's own topic: 한국철도공사와 베트남철도공사는
OWN_TOPIC = re.compile(r"[가-힣A-Za-z0-9)](?:은|는)\s")


@cache
def agreement_object_listed() -> re.Pattern:
    """An agreement word as an object that a comma ends, its verb told once for all after the last:
    `X와 Y는 … MOU를, Z와 W는 … MOU를 각각 맺었다`."""
    words = sorted(lexicon.agreement_types(), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))}){CLOSE_QUOTE}(?:을|를),(?=\\s)")


def agreement_clauses(sentence: Sentence) -> list[range]:
    """`A MOU는 X와 Y가, B MOU는 Z와 W가 각각 서명했다`: a clause per agreement named as a topic, when the
    sentence names several that way; `X와 Y는 A MOU를, Z와 W는 B MOU를 각각 맺었다`: a clause up to each
    agreement listed as an object; else the whole sentence."""
    topics = list(agreement_topic().finditer(sentence.text))
    if len(topics) >= 2:
        bounds = [sentence.start + m.end() for m in topics] + [sentence.end]
        return [range(lo, hi) for lo, hi in zip(bounds, bounds[1:], strict=False)]
    listed = list(agreement_object_listed().finditer(sentence.text))
    bounds = [0, *(m.end() for m in listed), len(sentence.text)]
    # (each clause with a subject of its own: 누리모터스와 MOU를, 미래화학과 계약을 맺었다 lists one subject's deals)
    if listed and all(OWN_TOPIC.search(sentence.text, lo, hi) for lo, hi in zip(bounds[1:], bounds[2:], strict=False)):
        return [range(sentence.start + lo, sentence.start + hi) for lo, hi in zip(bounds, bounds[1:], strict=False)]
    return [range(sentence.start, sentence.end)]


def extract_agreements(ctx: Context, facts: Facts) -> None:
    for sentence in ctx.analysis.sentences:
        text = sentence.text
        found = agreement_word(text)
        signing = SIGNING.search(ctx.unquoted_text(sentence))
        if found is None or signing is None:
            continue
        at, word, kind = found
        # 인수하는 계약, 합병 계약: a contract to buy or to merge is that deal
        deal = DEAL_CONTRACT.search(text[:at]) if kind == "계약" else None
        kind = DEAL_KINDS[deal.group(1)] if deal else kind
        title = next((m for m in re.finditer(r"[‘'“\"]([^’'”\"]+)[’'”\"]", text) if word in m.group(1)), None)
        inside_title = range(sentence.start + title.start(), sentence.start + title.end()) if title else range(0)
        clauses = agreement_clauses(sentence)
        reported_from = reporter_end(ctx, sentence, sentence.start + signing.end())
        for clause in clauses:
            within = signing_clause(ctx, clause)
            within = range(max(within.start, reported_from), within.stop)
            parties = signing_for_post(ctx, facts, sentence, parties_of(ctx, sentence, inside_title, within))
            sides = SIDES.search(text)
            if len(parties) < 2 and sides and len(clauses) == 1:
                # (두 회사는 조지아주 정부와 …: the one they signed with is a party too)
                counted = counted_sides(ctx, facts, sentence, sides)
                parties = [*counted, *(p for p in parties if p not in counted)] if counted else parties
            # (두 정상은 … 서명식에 참석했다: they watched others sign)
            if len(parties) < 2 and len(clauses) == 1 and (people := COUNTED_PEOPLE.search(text)) \
                    and not ATTENDED.search(text):
                parties = counted_people(ctx, facts, sentence, SIDE_COUNTS.get(people.group(1) or "양", 2)) or parties
            joined_hands = PARTNERING.match(word) is not None  # 손잡았다: a partnership, said with a verb
            # 회사는 앞서 테슬라와 … 계약을 맺었다: the company the story is about, called by the common noun
            company = ctx.carried_subjects("Organization")[sentence.index] \
                if len(parties) == 1 and THE_COMPANY.search(ctx.unquoted_text(sentence)) else None
            if company is not None and company.cls == "Corporation" and all(p is not company for p in parties):
                parties.insert(0, company)
            # 컨소시엄은 … 아람코와 계약을 체결했다: the members of the consortium named before sign
            if parties and THE_CONSORTIUM.search(ctx.unquoted_text(sentence)):
                members = consortium_members(ctx, sentence)
                parties = [*members, *(p for p in parties if p not in members)]
            told = [sentence]  # … 계약을 맺었다. 계약 상대는 한빛전력이며 규모는 …: the next sentence goes on with it
            if len(parties) == 1 and len(clauses) == 1 and (counterparty := counterparty_after(ctx, sentence)) \
                    and counterparty[0] is not parties[0]:
                other, said = counterparty
                promote(other, "Organization")
                parties.append(other)
                told.append(said)
            if len(parties) == 1 and len(clauses) == 1:
                date_told_again(ctx, facts, sentence, parties[0], kind)
            # 협약을 맺었다. 협약식은 … 열렸으며 A와 B가 서명했다: people signing at the ceremony of the agreement
            # told before sign it
            if parties and all(p.kind == "Person" for p in parties) and text.startswith("식", at + len(word)) \
                    and (held := latest_signing(facts, sentence)) is not None:
                attend_signing(ctx, facts, sentence, held)
                continue
            if (deal := deal_of_members(facts, parties, kind) or deal_of_affiliate(facts, parties, kind)) is not None:
                signing = next((e for e in facts.events if e.kind == "signing" and e.evidence[0] == deal.evidence[0]),
                               None)
                merge_evidence(deal.evidence, [ctx.evidence(sentence)])
                if signing is not None:
                    attend_signing(ctx, facts, sentence, signing)
                continue
            if len(parties) < 2 or joined_hands and any(p.kind == "Person" for p in parties):
                continue  # (두 사람은 손잡고 걸었다: hands held, no partnership)
            named = kind if joined_hands else word
            label = title.group(1) if title and len(clauses) == 1 else f"{'·'.join(p.label for p in parties)} {named}"
            purpose = purpose_of(title.group(1) if title else text)
            amounts = [quantity(m) for said in told for m in ctx.of_kind(said, "Quantity") if m.unit in MONEY]
            planned = SIGNING_PLANNED.match(ctx.unquoted_text(sentence), signing.end()) is not None
            date, guessed = ctx.deal_date(sentence)
            if planned and guessed:  # 다음 달 체결할 예정: not on the day of the news
                date = None
            evidence = [ctx.evidence(said) for said in told]
            add_agreement(facts, Agreement(parties, kind, label, date, purpose, amounts, evidence, guessed, planned))
            if signing.group().startswith("합의") or joined_hands or planned:
                continue  # 처리하기로 합의했다, 손잡았다: an accord reached, no signing held; none held yet
            people = [e for m, e in ctx.actors(sentence, ("Person",)) if e not in parties and m.start in clause]
            add_event(facts, Event("signing", f"{label} 체결", [*parties, *people], date,
                                   meeting_place(ctx, sentence), evidence, guessed))


def signing_for_post(ctx: Context, facts: Facts, sentence: Sentence, parties: list[Entity]) -> list[Entity]:
    """`디엔 장관은 김정관 산업통상부 장관과 … 체결했다`: beside an organization, one named here by a post the
    story has placed at an organization before signs for it (a leader for a country still signs in person, and
    so does one who signs with his own organization: 한빛 타이거즈는 김보람 감독과 재계약했다)."""
    if all(p.kind == "Person" for p in parties):
        return parties
    titles = [t for t in ctx.by_sentence.get(sentence.index, []) if t.kind == "Title"]
    out: list[Entity] = []
    for party in parties:
        role = next((t.value or t.text for m in party.mentions if m.sentence == sentence.index for t in titles
                     if m.end <= t.start <= m.end + 1), None)
        body = next((m.org for m in facts.memberships if m.person is party and m.role == role and not m.former
                     and m.org is not None and m.org.cls != "Country"), None) if role else None
        body = None if any(body is p for p in parties) else body
        if all((body or party) is not o for o in out):
            out.append(body or party)
    return out


def deal_of_members(facts: Facts, parties: list[Entity], kind: str) -> Agreement | None:
    """`에스파가 SM과 재계약을 맺었다 … 에스파 멤버 넷은 재계약서에 서명했다`: people who are all members of one
    group that is party to a deal of the kind told before sign that deal, no deal among themselves."""
    if len(parties) < 2:
        return None
    group_of = {id(m.person): m.org for m in facts.memberships if m.role == MEMBER and m.org is not None}
    groups = {id(group_of.get(id(p))): group_of.get(id(p)) for p in parties}
    group = next(iter(groups.values()))
    if len(groups) != 1 or group is None:
        return None
    return next((a for a in facts.agreements if same_kind(a.type, kind) and any(p is group for p in a.parties)), None)


def deal_of_affiliate(facts: Facts, parties: list[Entity], kind: str) -> Agreement | None:
    """`한빛항공이 보잉과 계약을 체결했다 … 김보람 한빛그룹 회장은 … 보잉 최고경영자와 계약서에 서명했다`: a
    business group signing with the other party of a deal of the kind told before signs that deal, for the
    company of its that is party to it."""
    groups = [p for p in parties if p.cls == "Corporation" and p.label.endswith("그룹")]
    if len(groups) != 1 or len(parties) != 2:
        return None
    other = next(p for p in parties if p is not groups[0])
    return next((a for a in reversed(facts.agreements) if same_kind(a.type, kind) and len(a.parties) == 2
                 and any(p is other for p in a.parties) and all(p is not groups[0] for p in a.parties)
                 and all(p.cls == "Corporation" for p in a.parties if p is not other)), None)


def is_told_as_done(sentence: Sentence) -> bool:
    """Whether the sentence ends in the past tense (열고 … 말했다)."""
    last = [t for t in sentence.tokens if t.tag.startswith(("V", "E"))][-3:]
    return any(t.tag == "EP" and t.form in PAST_MARKS for t in last)


def counterparty_after(ctx: Context, sentence: Sentence) -> tuple[Entity, Sentence] | None:
    """`… 계약을 맺었다. 계약 상대는 한빛전력이며 …`: the other party, named in the next sentence as such, and
    that sentence."""
    if sentence.index + 1 >= len(ctx.analysis.sentences):
        return None
    after = ctx.analysis.sentences[sentence.index + 1]
    named = COUNTERPARTY.search(after.text)
    at = after.start + named.end() if named else None
    return next(((e, after) for m, e in ctx.entity_mentions(after, ("Organization", "Concept")) if m.start == at),
                None)


def date_told_again(ctx: Context, facts: Facts, sentence: Sentence, party: Entity, kind: str) -> None:
    """`A는 17일 B에 … 계약을 맺었다고 공시했다`: a deal told again with the day, naming both parties but
    only one as such, after a headline or lead that named both but no day, gives that deal its day."""
    day = ctx.date(sentence)
    named = {id(e) for _, e in ctx.entity_mentions(sentence, PARTY_KINDS)}
    deal = next((a for a in facts.agreements if a.guessed and any(p is party for p in a.parties)
                 and all(id(p) in named for p in a.parties) and same_kind(a.type, kind)), None)
    if day is None or deal is None:
        return
    deal.date, deal.guessed = day, False
    merge_evidence(deal.evidence, [ctx.evidence(sentence)])
    for event in facts.events:
        attended = all(any(p is a for a in event.attendees) for p in deal.parties)
        if event.kind == "signing" and event.guessed and attended:
            event.date, event.guessed = day, False
            merge_evidence(event.evidence, [ctx.evidence(sentence)])


#: a deal told as what someone reports: 합의했다고 발표했다, 체결했다고 밝혔다
REPORTED = re.compile(r"\S*?다고\s(?:\S+\s){0,2}?(?:밝혔|밝히|발표|전했|알렸|말했|설명했)")


def reporter_end(ctx: Context, sentence: Sentence, signed_at: int) -> int:
    """`트럼프 대통령은 이란과 이스라엘이 휴전에 합의했다고 발표했다`: where the topic who reports a deal ends,
    when the deal's own subject is named after it; its parties are named from there. 0 for a deal told as
    done by the topic (한빛전자는 누리소재와 계약을 체결했다고 밝혔다)."""
    if REPORTED.match(ctx.body, signed_at) is None:
        return 0
    named = [m for m, _ in ctx.entity_mentions(sentence, PARTY_KINDS) if m.end <= signed_at]
    topic = next((m for m in named if ctx.tail(m, 2) in ("은 ", "는 ")), None)
    if topic is None or not any(m.start > topic.end and ctx.tail(m, 2) in ("이 ", "가 ") for m in named):
        return 0
    return max(topic.end, ctx.apposition_end.get(topic.start, topic.end))  # (트럼프 미국 대통령|은)


def signing_clause(ctx: Context, clause: range) -> range:
    """The clause up to the signing, when the sentence goes on after it: in `디즈니와 제휴를 맺고 디즈니,
    마블 만화를 담은 플랫폼을 만든다`, what the platform holds signs nothing."""
    on = SIGNED_AND_ON.search(ctx.body, clause.start, clause.stop)
    return range(clause.start, on.end()) if on else clause


#: what follows a party in Korean: the subject's particle, or a conjunction that joins it to another party
#: (a particle ends its word: in `일본 가와사키중공업과`, 가 opens the next name), or 등 ending a list of them
PARTY_TAIL = re.compile(r"(?:\([^()]{1,20}\)|㈜)?\s?(?:(은|는|이|가|과|와|도)(?![가-힣])|(및|,|·|ㆍ|측)"
                        r"|등(?=[이가과와은는]?\s))")
#: one met before signing: `웨버 다케다제약 CEO를 만나 … 계약에 서명했다`
MET_TO_SIGN = re.compile(r"(?:을|를)\s(?:만나|만난\s(?:자리에서|뒤|후))")
#: one supplied, in a deal to supply it: `BMW에 배터리를 공급하는 계약`, `일라이릴리에 기술을 수출하는 계약`
SUPPLIED_TO = re.compile(r"(?:\([^()]{1,20}\))?(?:에|에게)\s")
SUPPLY_DEAL = re.compile(r"(?:공급|수출|납품|판매|제공|이전)하는\s(?:\S+\s){0,2}?(?:계약|협약|양해각서|MOU)")
#: a country's government, which signs for it: 폴란드 정부와
GOVERNMENT = re.compile(r"\s?정부")
#: a short name in Latin letters (AI, ICT): more often a field than a party
SHORT_LATIN = re.compile(r"^[A-Za-z]{1,4}$")
#: the rest of a list of fields a deal covers, after one of them: 원전, 핵심광물, 디지털 전환 등 분야에서
FIELD_LIST = re.compile(r"(?:\s?[,·]\s?[^\s,·.]+(?<![과와])(?: [^\s,·.]+(?<![과와]))?)*\s?(?:등\s?)?(?:분야|부문|영역)")


def parties_of(ctx: Context, sentence: Sentence, skip: range, within: range) -> list[Entity]:
    """Who signed in the clause `within`: subjects and the names joined to them (A와 B는, A, B와 C),
    officials named by post for their organization (외교부 장관과), never a place in 에/에서.

    A person named beside an organization signs for it; one named alone is a party in person. An
    unknown name in a party's place is an organization.
    """
    found: list[Entity] = []
    for m, e in ctx.entity_mentions(sentence, PARTY_KINDS):  # every mention: a name may recur in another clause
        if m.start in skip or m.start not in within or e in found:
            continue
        if ctx.body[m.start - 1:m.start] == "(":  # 팹리스(fabless·…): a gloss of the name before, no party
            continue
        # 폴란드 정부와, 조지아주 정부와: a country's or a state's government signs for it
        government = GOVERNMENT.match(ctx.body, m.end) if e.cls in ("Country", "AdministrativeArea") else None
        supplied = e.kind in ("Organization", "Concept") and SUPPLIED_TO.match(ctx.body, m.end) is not None \
            and SUPPLY_DEAL.search(ctx.body, m.end, within.stop) is not None  # (유럽에 공급하는: a market, no party)
        met = MET_TO_SIGN.match(ctx.body, ctx.official_end(m)) is not None
        if not (PARTY_TAIL.match(ctx.tail(m, 24)) or PARTY_TAIL.match(ctx.body, ctx.official_end(m))
                or government and PARTY_TAIL.match(ctx.body, government.end()) or supplied or met):
            continue
        if e.kind == "Concept":
            if SHORT_LATIN.match(e.label) or FIELD_LIST.match(ctx.body, m.end):  # AI, ICT: subjects, not parties
                continue
            promote(e, "Organization")
        found.append(e)
    if all(e.kind == "Person" for e in found):
        return found
    # (a band's member signs for herself: 블랙핑크 멤버 리사)
    here = [ap for ap in ctx.mentions.appositions if ap.org is not None and ap.person.sentence == sentence.index
            and (ap.title.value or ap.title.text) != MEMBER]
    with_org = {ap.person.start for ap in here}
    # 서울시는 오세훈 시장이 …: one named by post after the organization that is the topic, as the subject, signs
    # for it (one it signs with, 김보람 감독과, signs in person)
    topic = next((m for m, e in ctx.entity_mentions(sentence, ("Organization", "Place"))
                  if m.start in within and ctx.tail(m, 1) in ("은", "는")), None)
    with_org |= {ap.person.start for ap in ctx.mentions.appositions if ap.org is None and topic is not None
                 and ap.person.sentence == sentence.index and ap.person.start > topic.end
                 and ctx.tail(ap.person, 1) not in ("과", "와")}
    # 한빛바이오 홍길동 회장은: one named after his organization signs for it
    org_of = {ap.person.start: ctx.entities.of(ap.org) for ap in here}
    parties: list[Entity] = []
    for e in found:
        if e.kind == "Person" and any(m.start in with_org for m in e.mentions):
            e = next((org_of[m.start] for m in e.mentions if org_of.get(m.start) is not None), None)
        if e is not None and all(e is not p for p in parties):
            parties.append(e)
    if not any(e.kind == "Person" for e in parties):
        return parties
    # 이재명 대통령은 프라보워 인도네시아 대통령과 … 합의했다: beside a leader who is a party in person, the
    # other country's leader is one too, not his country
    leaders = {id(ctx.entities.of(ap.org)): ctx.entities.of(ap.person) for ap in here
               if ap.org.cls == "Country" and ctx.entities.of(ap.person) is not None}
    out: list[Entity] = []
    for e in parties:
        e = leaders.get(id(e), e)
        if all(e is not o for o in out):
            out.append(e)
    return out


def purpose_of(text: str) -> str | None:
    """`…자율주행 기술 공동연구를 위한 협약` -> `자율주행 기술 공동연구`: the noun phrase before 위한."""
    match = PURPOSE.search(text)
    if match is None:
        return None
    words = match.group(1).split()
    kept: list[str] = []
    for word in reversed(words):  # stop at a word that ends a clause: a particle, a date, a number
        if kept and (re.search(r"\d", word) or word.endswith(("은", "는", "이", "가", "와", "과", "에서", "도"))):
            break
        kept.insert(0, word)
        if len(kept) == 4:
            break
    return " ".join(kept) or None


def extract_deals(ctx: Context, facts: Facts) -> None:
    """`X가 Y를 인수`, `X는 Y 지분을 매입`, `X는 A(207억원), B(127억원) 등의 유상증자에 참여`:
    an agreement between the buyer and each target. An omitted buyer is the previous sentence's subject.
    """
    buyers = ctx.carried_subjects("Organization")
    for sentence in ctx.analysis.sentences:
        plain = ctx.unquoted_text(sentence)
        orgs = ctx.actors(sentence, ("Organization", "Concept"))
        # 이 공장은 A와 B가 투자한 …: a sentence about another thing goes on with no buyer of the one before
        buyer = ctx.own_subject(sentence, "Organization") if opens_on_another_thing(sentence) \
            else buyers[sentence.index]
        deal = DEAL.search(plain)
        # a deal signed (인수 계약을 체결했다) is the agreements' to read, when they read one
        signed = agreement_word(sentence.text) and SIGNING.search(plain) \
            and any(ev.start == sentence.start for a in facts.agreements for ev in a.evidence)
        if deal is None or signed:
            continue
        # A와 B가 50%씩 출자한 C가: the organization right after the deal word, as its noun, is what A and B
        # put money into, not the sentence's topic
        made = next((e for m, e in orgs if m.start == sentence.start + deal.end() + 1), None) \
            if deal.group(0) == f"{deal.group(1)}한" else None
        buyer = made or buyer
        if buyer is None or UNSURE.match(plain, deal.end()):  # 인수하는 방안을 검토: a deal only thought of
            continue
        at = sentence.start + deal.start()
        done = DEAL_NOUNS.get(deal.group(1), deal.group(1))
        kind = DEAL_KINDS.get(done, "계약")
        date, guessed = ctx.deal_date(sentence)
        planned = DEAL_PLANNED.match(plain, deal.end(1)) is not None  # 인수하기로 했다: decided, not done yet
        if planned and guessed:
            date = None
        money = [q for q in ctx.of_kind(sentence, "Quantity") if q.unit in MONEY]
        received = RECEIVED.match(plain, deal.end()) is not None
        if made is not None:
            investors = subject_list_before(ctx, [(m, e) for m, e in orgs if m.end <= at and e is not made])
        elif received:  # X가 Y로부터 투자를 유치했다: Y puts money into X, and so do A and B in A와 B 등으로부터
            before = [(m, e) for m, e in orgs if m.end <= at and e is not buyer]
            last = next((k for k in reversed(range(len(before))) if FROM.match(ctx.body, before[k][0].end)), None)
            investors = [] if last is None else [e for _, e in before[listed_from(ctx, before, last):last + 1]]
        else:  # X는 Y와 Z가 공동 출자했다: the topic is what Y and Z put money into
            investors = co_investors(ctx, orgs, at, buyer) or investors_joining(ctx, orgs, at, buyer)
            previous = buyers[sentence.index - 1] if sentence.index else None
            if not investors and previous is not None:  # 이번 투자에는 A와 B가 참여했다: the one told before gets it
                investors = investors_joining(ctx, orgs, at, previous)
                buyer = previous if investors else buyer
        for investor in investors:
            promote(investor, "Corporation")
            promote(buyer, "Corporation")
            label = f"{investor.label}의 {buyer.label} {done}"
            add_agreement(facts, Agreement([investor, buyer], kind, label, date, None, [quantity(q) for q in money],
                                           [ctx.evidence(sentence)], guessed, planned))
        if received or investors or made:
            continue
        # what is bought is named after the buyer (배민을 운영하는 우아한형제들이: the buyer's own business is
        # no target), and right before the deal word when one is (경쟁사 요기요 인수를)
        after = max((m.end for m, e in orgs if e is buyer and m.end <= at), default=sentence.start)
        joint = joined_to_subject(ctx, orgs, buyer)  # 한화에어로스페이스와 한화오션은 … 취득했다
        joint += [e for m, e in orgs if after <= m.start and m.end <= at and e not in joint
                  and re.match(rf"[과와]{TOGETHER.pattern}", ctx.body[m.end:at])]  # B와 함께 수주했다
        named = [(m, e) for m, e in orgs if after <= m.start and m.end <= at and e is not buyer
                 and not SHORT_LATIN.match(e.label) and not MEANS.match(ctx.body, m.end)]
        # 동양생명과 ABL생명 인수를: the names listed with the one right before the deal word are bought too
        last = next((k for k, (m, e) in enumerate(named)
                     if not ctx.body[m.end:at].strip() and e.cls != "Concept"), None)
        targets = named[listed_from(ctx, named, last):last + 1] if last is not None else [
            (m, e) for m, e in named if TARGET_FOLLOWED.match(ctx.body, m.end)]
        # 코에이의 모바일 자회사 코에이모바일을 인수: the one whose company is bought is no target itself
        objects = [m for m, _ in targets if re.match(rf"{CLOSE_QUOTE}\s*(?:을|를)", ctx.body[m.end:])]
        targets = [(m, e) for m, e in targets
                   if not (ctx.body.startswith("의", m.end) and any(o.start > m.end for o in objects))]
        # 셀트리온이 일라이릴리로부터 공장을 인수한다, 한화오션이 미 해군으로부터 사업을 수주했다: the one it is bought
        # or won from is a party to the deal, as is the one who ordered what is won (아람코가 발주한 공사를 수주)
        # 얼티엄셀즈의 GM 보유 지분을 인수: the stake one holds is bought from it
        # (금융위원회로부터 편입 승인을 받아: the one whose approval is given is no seller)
        sellers = [(m, e) for m, e in named if FROM.match(ctx.body, m.end) and not APPROVED_BY.match(ctx.body, m.end)
                   or HELD_STAKE.match(ctx.body, m.end)
                   or deal.group(1) == "수주" and ORDERED_BY.match(ctx.body, m.end)]
        told = [sentence]
        # 한빛전력이 … 사업을 수주했다. 발주처는 누리전력공사다: the one who ordered it, named in the next sentence
        if deal.group(1) == "수주" and not sellers and not targets \
                and (counterparty := counterparty_after(ctx, sentence)) and counterparty[0] not in joint:
            client, said = counterparty
            promote(client, "Organization")
            sellers, told = [(next(m for m in client.mentions if m.sentence == said.index), client)], [sentence, said]
        for m, seller in sellers:
            held = HELD_STAKE.match(ctx.body, m.end)
            # (a share of it, 지분 50%를, is its stake)
            # (what is bought may be named before the seller: 가스전 지분 10%를 에니로부터 사들인다)
            # (and a client named in the next sentence leaves the object to this one: 사업을 수주했다. 발주처는 …)
            objects = re.findall(r"(\S+?)(?:을|를)\s", ctx.body[m.end:at]) \
                or re.findall(r"(\S+?)(?:을|를)\s", ctx.body[after:min(m.start, at)])
            bought = ["보유 지분 "] if held else [
                "지분 " if re.fullmatch(r"[\d.]+%", word) else f"{word} " for word in objects][-1:]
            label = f"{'·'.join(b.label for b in joint)}의 {seller.label} {''.join(bought)}{done}"
            add_agreement(facts, Agreement([*joint, seller], kind, label, date, None, [quantity(q) for q in money],
                                           [ctx.evidence(said) for said in told], guessed, planned))
        carried = ctx.own_subject(sentence, "Organization") is None
        for m, target in targets:
            promote(target, "Corporation")  # what is bought or invested in is a company
            # 삼성전자 자회사인 하만을 인수한 2017년: with no buyer of its own, a sentence that names who owns
            # what was bought tells of that owner's purchase, not of the one the story went on with
            owner = owner_named_in(facts, target, sentence) if carried else None
            own = [q for q in money if q.start >= m.end and ctx.body[m.end:q.start].strip() in ("(", "에", "")]
            # 일라이릴리의 생산시설 인수: a thing of the company is bought from it (but 누리의 지분 인수 is of it)
            asset = ASSET_OF.fullmatch(ctx.body[m.end:at])
            thing = f"{asset.group(1)} " if asset and asset.group(1) not in CONTROL_WORDS else ""
            bought_by = [owner] if owner is not None else joint
            label = f"{'·'.join(b.label for b in bought_by)}의 {target.label} {thing}{done}"
            add_agreement(facts, Agreement([*bought_by, target], kind, label, date, None,
                                           [quantity(q) for q in (own or money)], [ctx.evidence(sentence)], guessed,
                                           planned))


def owner_named_in(facts: Facts, child: Entity, sentence: Sentence) -> Entity | None:
    """The parent the sentence names for a company (`삼성전자 자회사인 하만`), if it names one."""
    return next((o.parent for o in facts.ownerships if o.child is child
                 and any(ev.start == sentence.start for ev in o.evidence)), None)


def extract_sales(ctx: Context, facts: Facts) -> None:
    """`카카오가 카카오엔터 지분 일부를 PIF에 매각한다`: an agreement between the seller, the subject, and the
    buyer it sells to (에, 에게); what is sold is in the label. A sale to no one named is no agreement."""
    sellers = ctx.carried_subjects("Organization")
    for sentence in ctx.analysis.sentences:
        plain = ctx.unquoted_text(sentence)
        sale, seller = SALE.search(plain), sellers[sentence.index]
        if sale is None or seller is None or UNSURE.match(plain, sale.end()):
            continue
        if sale.group("handed") and not SOLD_ASSETS.search(plain, 0, sale.start()):
            continue
        at = sentence.start + sale.start()
        named = [(m, e) for m, e in ctx.actors(sentence, ("Organization", "Concept"))
                 if m.end <= at and e is not seller]
        buyers = [e for m, e in named if re.match(r"(?:\([^()]*\))?(?:에게|에)\s", ctx.body[m.end:m.end + 20])]
        sold = next((e for m, e in named if e not in buyers), None)
        date, guessed = ctx.deal_date(sentence)
        money = [quantity(q) for q in ctx.of_kind(sentence, "Quantity") if q.unit in MONEY]
        for buyer in buyers:
            promote(buyer, "Corporation")
            label = f"{seller.label}의 {sold.label + ' ' if sold else ''}매각"
            evidence = [ctx.evidence(sentence)]
            add_agreement(facts, Agreement([seller, buyer], "매각", label, date, None, money, evidence, guessed))


def extract_purchases_told_by_the_bought(ctx: Context, facts: Facts) -> None:
    """`한빛전자는 누리홀딩스에 인수됐다`, `누리홀딩스에 인수된 한빛전자는`: the one named with 에 right before the
    deal word buys; what is bought is the clause's subject (with those joined to it), or the name the deal
    word describes."""
    for sentence in ctx.analysis.sentences:
        plain = ctx.unquoted_text(sentence)
        for match in BOUGHT_BY.finditer(plain):
            if UNSURE.match(plain, match.end()):
                continue
            at, after = sentence.start + match.start(), sentence.start + match.end()
            orgs = ctx.actors(sentence, ("Organization", "Concept"))
            buyer = next((e for m, e in orgs if m.end == at), None)
            if buyer is None:
                continue
            if match.group(1) == "된":  # 누리홀딩스에 인수된 한빛전자: the name right after
                bought = [e for m, e in orgs if m.start >= after and nouns_between(sentence, after, m.start)][:1]
            else:
                subjects = [e for m, e in orgs if m.end <= at and e is not buyer and ctx.is_subject(m)]
                bought = joined_to_subject(ctx, orgs, subjects[-1]) if subjects else []
            # 한빛전자 반도체사업부는 누리홀딩스에 매각됐다: a unit of the company named before it is what is bought
            units = [(e, unit) for m, e in orgs
                     if m.end <= at and e is not buyer and (unit := UNIT_AS_SUBJECT.match(ctx.body, m.end))]
            thing = ""
            if not bought and units:
                bought, thing = [units[0][0]], f"{units[0][1].group(1)} "
            date, guessed = ctx.deal_date(sentence)
            money = [quantity(q) for q in ctx.of_kind(sentence, "Quantity") if q.unit in MONEY]
            for target in bought:
                promote(buyer, "Corporation")
                promote(target, "Corporation")
                label = f"{buyer.label}의 {target.label} {thing}인수"
                add_agreement(facts, Agreement([buyer, target], "인수", label, date, None, money,
                                               [ctx.evidence(sentence)], guessed))


def extract_mergers(ctx: Context, facts: Facts) -> None:
    """`누리제약과 한빛바이오가 합병한다`, `누리제약과 한빛바이오의 합병이 마무리됐다`, `한빛바이오가
    누리제약과의 합병을 마무리했다`: the companies joined as the subject, or as whose merger it is, or the
    subject and the one it merges with, merge: an agreement of theirs."""
    for sentence in ctx.analysis.sentences:
        plain = ctx.unquoted_text(sentence)
        merging = MERGING.search(plain)
        if merging is None or UNSURE.match(plain, merging.end()):
            continue
        at = sentence.start + merging.start()
        named = [(m, e) for m, e in ctx.actors(sentence, ("Organization",)) if m.end <= at]
        # 한빛이 누리와의 합병을 마무리했다, 한빛은 누리와 합병했다: the subject merges with the one named with 와
        partner = next((e for m, e in named if ctx.body[m.end:at] in ("와의 ", "과의 ", "와 ", "과 ")), None)
        merger = next((e for m, e in named if ctx.is_subject(m) and e is not partner), None)
        subject = next((i for i, (m, _) in enumerate(named)
                        if ctx.tail(m, 1) in ("이", "가") or ctx.body[m.end:at] == "의 "), None)
        if partner is not None and merger is not None:
            parties = [merger, partner]
        elif subject is None or subject == 0 or ctx.tail(named[subject - 1][0], 1) not in ("와", "과"):
            continue
        else:
            parties = [named[subject - 1][1], named[subject][1]]
        date, guessed = ctx.deal_date(sentence)
        label = f"{parties[0].label}·{parties[1].label} 합병"
        add_agreement(facts, Agreement(parties, "합병", label, date, None, [], [ctx.evidence(sentence)], guessed))


def same_kind(one: str, other: str) -> bool:
    """Whether two kinds of agreement may name one deal: the same, one written short (업무협약, 협약), or
    협약, any agreement's document (MOU를 체결했다 … 협약서에 서명했다), or 제휴, a partnership told with a
    verb (A와 손잡고 … A와 업무협약을 맺었다), but not a company bought, merged or sold."""
    return one.endswith(other) or other.endswith(one) or "협약" in (one, other) \
        or "제휴" in (one, other) and not {one, other} & {"인수", "합병", "매각"}


def acting_for(facts: Facts, parties: Iterable[Entity] = ()) -> Callable[[Entity], int]:
    """The side each party stands for: itself, or the organization it is an arm of, named after it, or a
    division of (한빛연금공단 기금운용본부); among the parties of deals (and `parties`), also one whose name opens
    with another's (HD현대중공업, for whose deal 정기선 HD현대 부회장 signs)."""
    arms = {id(o.child): id(o.parent) for o in facts.ownerships
            if is_named_arm(o.child, o.parent) or o.child.label.endswith(tuple(DIVISIONS))}
    named = (*(p for a in facts.agreements for p in a.parties), *parties)
    bodies = {id(p): p for p in named if p.kind == "Organization"}
    for body in bodies.values():
        head = next((o for o in bodies.values() if o is not body and is_named_arm(body, o)), None)
        if head is not None:
            arms.setdefault(id(body), id(head))
    return lambda party: arms.get(id(party), id(party))


def add_agreement(facts: Facts, agreement: Agreement, side: Callable[[Entity], int] | None = None) -> None:
    """Record an agreement, or merge it into the one recorded with its kind and parties on the same day, or
    on a day one of them only guessed or does not know (a headline's deal is the story's): its evidence and
    amounts join. The kind may be told in full once and short after (업무협약을 맺었다 … 협약서에 서명했다): the
    fuller one stays, and a kind told outright over a document or a partnership (계약 over 제휴). `side` says
    which parties stand for one side (a leader and the country he leads); by default an organization's arm
    named after it stands for it (보잉 인터내셔널 for 보잉, whose president signed)."""
    side = side or acting_for(facts, agreement.parties)
    for other in facts.agreements:
        same_day = agreement.date == other.date or agreement.guessed or other.guessed \
            or None in (agreement.date, other.date)
        if same_kind(other.type, agreement.type) and same_day \
                and {side(p) for p in other.parties} == {side(p) for p in agreement.parties}:
            kind = max(other.type, agreement.type, key=lambda kind: (kind not in ("협약", "제휴"), len(kind)))
            if other.label.endswith(f" {other.type}"):  # 한빛·누리 제휴, told after as a 약정: 한빛·누리 약정
                other.label = other.label[:-len(other.type)] + kind
            other.type = kind
            merge_evidence(other.evidence, agreement.evidence)
            other.amounts += [q for q in agreement.amounts if all(q.value != o.value for o in other.amounts)]
            if other.date is None or other.guessed and not agreement.guessed and agreement.date is not None:
                other.date, other.guessed = agreement.date, agreement.guessed
            other.purpose = other.purpose or agreement.purpose
            other.planned = other.planned and agreement.planned  # told as done once, it is done
            return
    facts.agreements.append(agreement)


def merge_deals_of_leaders_and_countries(ctx: Context, facts: Facts) -> None:
    """`트럼프·시진핑, … 무역합의 서명` and `트럼프 미국 대통령과 시진핑 중국 국가주석이 … 서명했다`: a leader
    named by a post at a country stands for it, so a deal of the leaders and one of their countries is one.
    So does a body of the country named with it (루마니아 국방부 for 루마니아, whose minister signed); the
    deal keeps the body as its party."""
    leads = {id(person): ctx.entities.of(ap.org) for ap in ctx.mentions.appositions
             if ap.org is not None and ap.org.cls == "Country" and (person := ctx.entities.of(ap.person)) is not None}
    countries = {e.label: e for e in ctx.entities.entities if e.cls == "Country"}
    for body in ctx.entities.entities:
        country = countries.get(body.label.split(" ")[0]) if body.cls == "GovernmentOrganization" else None
        if country is not None and " " in body.label:
            leads[id(body)] = country

    def side(party: Entity) -> int:
        return id(leads.get(id(party)) or party)

    def of_a_body(named: list[Entity]) -> bool:
        # one of a country's body first, so that the deal told of the country itself joins it
        return any(id(p) in leads and p.kind == "Organization" for p in named)

    agreements, facts.agreements = facts.agreements, []
    for agreement in sorted(agreements, key=lambda a: not of_a_body(a.parties)):
        add_agreement(facts, agreement, side=side)
    events, facts.events = facts.events, []
    for event in sorted(events, key=lambda e: not of_a_body(e.attendees)):
        add_event(facts, event, side=side)


def subject_list_before(ctx: Context, before: list[tuple[Mention, Entity]]) -> list[Entity]:
    """The last organization in the subject case (이, 가; not the copula 이다, 이며) in `before`, with those
    listed before it."""
    last = next((i for i in reversed(range(len(before))) if ctx.tail(before[i][0], 1) in ("이", "가")
                 and not ctx.tail(before[i][0], 2).startswith(("이다", "이며"))), None)
    return [] if last is None else [e for _, e in before[listed_from(ctx, before, last):last + 1]]


def co_investors(ctx: Context, orgs: list[tuple[Mention, Entity]], at: int, topic: Entity) -> list[Entity]:
    """`한빛버스는 … A공사와 B사가 공동 출자했다`: after the topic, the organizations in the subject case
    (이, 가), with those listed before them, are who put money in; none when no such subject."""
    if not any(e is topic and ctx.tail(m, 1) in ("은", "는") for m, e in orgs if m.end <= at):
        return []
    return subject_list_before(ctx, [(m, e) for m, e in orgs if m.end <= at and e is not topic
                                     and not subject_of_relative_clause(ctx, m, at)])


def subject_of_relative_clause(ctx: Context, m: Mention, at: int) -> bool:
    """`한빛건설은 한국전력이 발주한 공사를 수주했다`: a subject whose verb, before `at`, modifies the noun after it."""
    clause = RELATIVE_SUBJECT.match(ctx.body, m.end)
    return clause is not None and clause.end() <= at


def joined_to_subject(ctx: Context, orgs: list[tuple[Mention, Entity]], subject: Entity) -> list[Entity]:
    """`A와 B는 …`, `A와 B, C는 …`: the subject with the organizations the sentence lists before it, joined
    by 와, 과, a comma or a middle dot (the subject alone when the sentence does not name it: it goes on from
    the sentence before)."""
    at = next((i for i, (m, e) in enumerate(orgs) if e is subject and ctx.is_subject(m)), None)
    return [subject] if at is None else [e for _, e in orgs[listed_from(ctx, orgs, at):at + 1]]


def listed_from(ctx: Context, orgs: list[tuple[Mention, Entity]], last: int,
                item_end: Callable[[Mention], int] = lambda m: m.end) -> int:
    """Where the list that ends with `orgs[last]` begins: the names before it joined to it by 와, 과, a comma
    or a middle dot (A와 B, C는; A와 미국 B: an item's country may come before it), each named once; an item may
    end after its name (`item_end`: a person's post)."""
    first = last
    while first > 0 and joins_items(ctx.body[item_end(orgs[first - 1][0]):orgs[first][0].start]) \
            and all(orgs[first - 1][1] is not e for _, e in orgs[first:last + 1]):
        first -= 1
    return first


def consortium_members(ctx: Context, sentence: Sentence) -> list[Entity]:
    """`현대건설과 삼성물산, GS건설로 구성된 컨소시엄`: the organizations listed right before the consortium
    last told of, up to the sentence."""
    for told in reversed(ctx.analysis.sentences[:sentence.index + 1]):
        orgs = ctx.actors(told, ("Organization",))
        for last in reversed(range(len(orgs))):
            if CONSORTIUM_OF.match(ctx.body, orgs[last][0].end):
                return [e for _, e in orgs[listed_from(ctx, orgs, last):last + 1]]
    return []


def joins_items(between: str) -> bool:
    """Whether the text between two names joins them in a list: 와, 과, a comma or a middle dot, and maybe the
    country of the second (포스코퓨처엠과 미국 GM); or the first one's share and a comma (A가 지분 60%, B가 40%를)."""
    joiner, _, country = between.strip().partition(" ")
    known = lexicon.gazetteer().get(country) if country else None
    return joiner in ("와", "과", ",", "·") and (not country or known is not None and known.cls == "Country") \
        or SHARE_LISTED.fullmatch(between) is not None


def investors_joining(ctx: Context, orgs: list[tuple[Mention, Entity]], at: int, topic: Entity) -> list[Entity]:
    """`한빛은 이번 투자에 A와 B, C 등이 참여했다`: the organizations named after the investment the topic
    received, up to the one that is the subject of 참여, are who put money in. The topic may be the one the
    sentence goes on with, when it names no one before the investment (이번 투자에는 A와 B 등이 참여했다)."""
    before = [(m, e) for m, e in orgs if m.end <= at]
    if before and not any(e is topic and ctx.tail(m, 1) in ("은", "는") for m, e in before):
        return []
    first = [(m, e) for m, e in orgs if m.start > at and e is not topic][:1]
    listed = first + joined_after(ctx, first, orgs)
    if any(e is topic for _, e in listed):
        return []  # (the last one listed, with 이, is the sentence's subject, not the one invested in)
    return [e for _, e in listed] if listed and INVESTMENT_JOINED.match(ctx.body, listed[-1][0].end) else []


def counted_sides(ctx: Context, facts: Facts, sentence: Sentence, sides: re.Match) -> list[Entity]:
    """Who `양측` or `세 대학은` means: the parties of the latest agreement, else the organizations named
    together as the subject of an earlier sentence (서울대와 KAIST, 포스텍이 …), as many as counted; for
    countries (양국), else those the sentence itself names after the count."""
    count = SIDE_COUNTS.get(sides.group(1) or "", int(sides.group(2) or 0))
    if facts.agreements and len(facts.agreements[-1].parties) == count:
        return list(facts.agreements[-1].parties)
    countries = sides.group(3) is not None  # 양국, 두 나라: countries; 세 대학, 양사: organizations
    for earlier in reversed(ctx.analysis.sentences[:sentence.index]):
        named = parties_of(ctx, earlier, range(0), range(earlier.start, earlier.end))
        if len(named) == count and all((e.cls == "Country") == countries and e.kind != "Person" for e in named):
            return named
    # 양국은 한국이 … 미국에 투자하는 양해각서에: the countries the sentence goes on to name, when no earlier
    # sentence names them together
    named = []
    for m, e in ctx.entity_mentions(sentence, ("Place",)):
        if e.cls == "Country" and m.start >= sentence.start + sides.end() and e not in named:
            named.append(e)
    return named if countries and len(named) == count else []


def counted_people(ctx: Context, facts: Facts, sentence: Sentence, count: int) -> list[Entity]:
    """Who signs when `두 장관은` or `두 대표는` do: the people named in the latest earlier sentence that names
    as many: for the organization the story places each at, or in person when one is placed at none but a
    country (페니 웡 호주 외교장관 signs for Australia in person) or at several."""
    for earlier in reversed(ctx.analysis.sentences[:sentence.index]):
        named = [e for _, e in ctx.actors(earlier, ("Person",))]
        if len(named) == count:
            posts = [{id(m.org): m.org for m in facts.memberships if m.person is person and not m.former
                      and m.org is not None and m.org.cls != "Country"} for person in named]
            bodies = [next(iter(held.values())) for held in posts if len(held) == 1]
            return bodies if len({id(b) for b in bodies}) == count else named
    return []


def quantity(m: Mention, label: str | None = None) -> Quantity:
    return Quantity(m.value or "0", m.unit or "", m.text, label)


# -- events ----------------------------------------------------------------------------------------
def extract_events(ctx: Context, facts: Facts) -> None:
    """Meetings and visits, merged when they share a date and their people.

    A sentence that names no subject goes on with the previous one's (또 … 면담을 갖고).
    """
    subjects = ctx.carried_subjects("Person")
    # 홍길동 청장 후임에 …, 팀 쿡 후임에 …: the one replaced is no party to the appointment
    predecessors = {ap.person.start for ap in ctx.mentions.appositions
                    if ap.person.end <= ap.title.start and SUCCEEDING.match(ctx.body, ap.title.end)}
    predecessors |= {m.start for m in ctx.mentions.mentions if m.kind == "Person" and SUCCEEDING.match(ctx.body, m.end)}
    for sentence in ctx.analysis.sentences:
        plain = ctx.unquoted_text(sentence)
        # 손흥민의 경기력을 점검했다: whose something is, is no one met
        actors = [(m, e) for m, e in ctx.actors(sentence, ("Person",))
                  if m.start not in predecessors and not ctx.tail(m).startswith("의")]
        people = [e for _, e in actors]
        # 또 홍길동 위원장과 면담을 갖고: the subject goes on from the sentence before only when everyone the
        # sentence names is met, not doing (조국 대표도 광주를 찾아: 도, "too", marks a subject of its own)
        # (listed with commas before the last one met: A 대통령, B 대통령과도 만났다)
        tails = [ctx.tail(m) for m, _ in actors]
        met = all(t.startswith((*MET_TAILS, ",", "·")) for t in tails) and any(t.startswith(MET_TAILS) for t in tails)
        carried = subjects[sentence.index] if met else None
        appointing = APPOINTMENT.search(plain)
        if appointing and UNSURE.match(plain, appointing.end()):  # 후계자로 내정됐을 가능성: not done
            appointing = None
        if carried is not None and carried not in people and people and (MEETING.search(plain) or appointing):
            people.insert(0, carried)  # 또 … 임명했다: the appointer of the sentence before
        gathering = GATHERING.search(plain) or SIGNING_CEREMONY_HELD.search(plain) or GATHERING_HELD.search(plain)
        if gathering and (AHEAD.search(plain, 0, gathering.start()) or HELD_LATER.match(plain, gathering.end())):
            gathering = None  # 다음 주 의원총회를 열어, 회의를 열 예정이다: none held yet
        ceremony = ceremony_named(plain)
        if ceremony is not None:
            hold_ceremony(ctx, facts, sentence, ceremony, people)
        if appointing and people:
            orgs = [e for _, e in ctx.actors(sentence, ("Organization",))][:1]
            label = f"{'·'.join(p.label for p in people)} {appointing.group(0)}"
            add_event(facts, Event("appointment", label, [*people, *orgs], ctx.date_in_context(sentence), None,
                                   [ctx.evidence(sentence)], ctx.guesses_date(sentence)))
        elif gathering and not MEETING.search(plain):
            named = ctx.actors(sentence)  # 복지부와 고용부, 기재부는 … 합동 브리핑을 열고: all three host it
            # (한빛경제포럼이 열렸다: the subject of a gathering told as held is the gathering, no host)
            hosts = [e for m, e in named if ctx.is_subject(m)][:1] if gathering.re is not GATHERING_HELD else []
            hosts = joined_to_subject(ctx, named, hosts[0]) if hosts else []
            # 김 총리 주재로 … 회의를 열고: whoever chairs it holds it too, with the subject or for an unnamed one
            hosts += [e for m, e in actors if m.start < sentence.start + gathering.start()
                      and CHAIRED.match(ctx.tail(m, 6)) and e not in hosts]
            signing = latest_signing(facts, sentence) if gathering.group(1) in SIGNING_CEREMONIES else None
            if signing is not None:
                attend_signing(ctx, facts, sentence, signing)
            elif hosts:
                label = f"{hosts[0].label} {gathering_name(plain, gathering)}"
                kind = "briefing" if gathering.group(1) in BRIEFINGS else "meeting"
                guests = guests_of(ctx, actors, hosts, sentence.start + gathering.start())
                add_event(facts, Event(kind, label, [*hosts, *guests], ctx.date_in_context(sentence),
                                       meeting_place(ctx, sentence), [ctx.evidence(sentence)],
                                       ctx.guesses_date(sentence)))
            elif gathering.group(1) not in SIGNING_CEREMONIES:
                # 정부는 … 창업 포럼을 열었다, 한빛경제포럼이 열렸다: held by no one the story names, it is still
                # the gathering those told after it attend (포럼에는 …); with no one, it is dropped at the end
                word = gathering_name(plain, gathering)
                label = ceremony_label(ctx, sentence, gathering.end(1) - len(word), word, [])
                kind = "briefing" if gathering.group(1) in BRIEFINGS else "meeting"
                facts.events.append(Event(kind, label, [], ctx.date_in_context(sentence), meeting_place(ctx, sentence),
                                          [ctx.evidence(sentence)], ctx.guesses_date(sentence)))
        elif JOINING.search(plain) and people and ceremony is None \
                and (event := latest_gathering(facts, sentence, plain)) is not None \
                and not attends_another_gathering(plain, event):
            # 브런슨 사령관도 회의에 참석했다: one attends the latest gathering told before, not a visit; at a
            # signing, where it was held is told too (리야드에서 열린 서명식에 참석했다)
            if event.kind == "signing":
                attend_signing(ctx, facts, sentence, event)
            else:
                event.attendees.extend(p for p in people if all(p is not a for a in event.attendees))
                merge_evidence(event.evidence, [ctx.evidence(sentence)])
        elif SIGNED_BY.search(plain) and people and agreement_word(sentence.text) is None \
                and (signing := latest_signing(facts, sentence)) is not None:
            attend_signing(ctx, facts, sentence, signing)  # … 체결했다. 최수연 대표와 미야카와 사장이 서명했다
        elif MEETING.search(plain):
            place = meeting_place(ctx, sentence)
            noun = meeting_word(plain)
            # 신구와 박근형은 빈소를 찾아: people who go somewhere together, no one sought, visit it, and meet
            # no one there
            sought = any(ctx.tail(m, 1) in ("을", "를") for m, _ in actors)
            together = VISIT.fullmatch(noun) is not None and len(people) >= 2 and not sought
            kind = "visit" if VISIT.search(plain) and (len(people) < 2 or together) else \
                "call" if noun == "통화" else "meeting"
            if kind == "visit" and (place is None or met and carried is None):
                continue  # 김 장관은 … 러트닉 장관을 만났다: the one met, when the visitor is unnamed, went nowhere
            if kind == "meeting" and len(people) == 1:  # 김정은 위원장이 러시아 대표단을 접견했다
                people += [e for m, e in ctx.actors(sentence, ("Organization",)) if ctx.tail(m, 1) in ("을", "를")]
            # 이 대통령, 다카이치 총리·카니 총리와 잇따라 회담: one meeting with each, one after another
            groups = [[people[0], other] for other in people[1:]] \
                if kind == "meeting" and len(people) > 2 and ONE_AFTER_ANOTHER.search(plain) else [people]
            for group in groups:
                if len(group) >= 2 or (kind == "visit" and group and place):
                    names = '·'.join(p.label for p in group)
                    label = (f"{names} {place.label} 방문" if kind == "visit" else
                             f"{names} {noun if noun.endswith(('담', '견', '동', '통화')) else '만남'}")
                    add_event(facts, Event(kind, label, group, ctx.date_in_context(sentence), place,
                                           [ctx.evidence(sentence)], ctx.guesses_date(sentence)))
    facts.events[:] = [e for e in facts.events if e.attendees]  # a ceremony no one was told to attend


def gathering_name(plain: str, gathering: re.Match) -> str:
    """The whole word a gathering's noun ends, which says which one it is: 간부회의, 국가정책조정회의."""
    start = gathering.start(1)
    while start > 0 and plain[start - 1].isalnum():
        start -= 1
    return plain[start:gathering.end(1)]


#: the particle of the ones a gathering is held with, and the end of a list of them: 김 시장과, 대표들과
WITH_WHOM = re.compile(r"(?:와|과)\s")
LAST_WITH_WHOM = re.compile(f"{WITH_WHOM.pattern}$")


def guests_of(ctx: Context, actors: list[tuple[Mention, Entity]], hosts: list[Entity], at: int) -> list[Entity]:
    """`홍 지사는 김 시장, 기업 대표들과 간담회를 열었다`: the people a gathering is held with, named before it
    with 와 or 과, or listed with commas up to the one that has it."""
    guests = []
    for m, e in actors:
        tail = ctx.tail(m, 3)
        if m.end >= at or e in hosts or e in guests:
            continue
        listed = tail.startswith((",", "·")) and LAST_WITH_WHOM.search(ctx.body, m.end, at) is not None
        if WITH_WHOM.match(tail) or listed:
            guests.append(e)
    return guests


def ceremony_named(plain: str) -> re.Match | None:
    """The first ceremony the sentence names that signs nothing (a signing's ceremony is its agreement's)."""
    for named in CEREMONY_NAMED.finditer(plain):
        word = named.group(1)
        if not word.endswith(tuple(SIGNING_CEREMONIES)) and (word in lexicon.ceremonies() or is_ceremony(word)):
            return named
    return None


def hold_ceremony(ctx: Context, facts: Facts, sentence: Sentence, named: re.Match, people: list[Entity]) -> None:
    """`한빛전자는 27일 울산공장에서 전기차 공장 준공식을 열었다`, `준공식에는 김보람 회장과 … 등이 참석했다`:
    a ceremony that signs nothing (a plant's completion, a body's launch, a national day) is an event of who
    holds it and of who attend it; named again, it is the one told before. One not yet held (준공식을 앞두고,
    기념식을 열 예정이다) is none."""
    word, particle = named.groups()
    plain = ctx.unquoted_text(sentence)
    voice = "object" if particle in ("을", "를") else "subject" if particle in ("이", "가", "은", "는") else None
    held = CEREMONY_HELD_AFTER[voice].match(plain, named.end()) if voice is not None else None
    if voice is not None and (held is None or SIGNING_PLANNED.match(plain, held.end())) \
            or voice is None and not (JOINING.search(plain) or particle == "에서" and people):
        return
    named_actors, at = ctx.actors(sentence), sentence.start + named.start()
    hosts = [e for m, e in named_actors if voice == "object" and m.start < at and ctx.is_subject(m)][:1]
    hosts = joined_to_subject(ctx, named_actors, hosts[0]) if hosts else []
    attendees = [*hosts, *(p for p in people if p not in hosts)]
    if not attendees:  # 한빛전자도 기념식에 참석했다; 누리시 출범식이 열렸다: who attend, or the body whose it is
        attendees = [e for m, e in named_actors if ctx.is_subject(m)
                     or voice == "subject" and m.start < at and e.kind != "Person"]  # (김 회장 추모식: no one there)
    date, place = ctx.date_in_context(sentence), meeting_place(ctx, sentence)
    told = next((e for e in reversed(facts.events) if e.kind == "ceremony" and e.label.endswith(word)
                 and (e.date is None or date is None or e.date == date)), None)
    if told is not None:
        told.attendees.extend(a for a in attendees if all(a is not b for b in told.attendees))
        told.place = told.place or place
        merge_evidence(told.evidence, [ctx.evidence(sentence)])
    else:  # (held by no one named: 정부는 … 경축식을 열었다, those who attend it may be told next)
        label = ceremony_label(ctx, sentence, named.start(), word, hosts)
        event = Event("ceremony", label, attendees, date, place, [ctx.evidence(sentence)], ctx.guesses_date(sentence))
        if attendees:
            add_event(facts, event)
        else:
            facts.events.append(event)


#: the tags of the words that may name what a ceremony marks: nouns, numbers, letters and determiners
#: (광복 80주년 경축식, 첫 번째 팹 착공식)
NAMING_TAGS = {"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XPN", "XSN", "MM"}
#: the noun that ends a clause told with an event (`… 참석한 가운데 준공식을 열었다`), no part of its name
AMID = "가운데"
#: a count of years that names what is marked, though it is read as a time (창립 50주년 기념식)
ANNIVERSARY = "주년"


def ceremony_label(ctx: Context, sentence: Sentence, at: int, word: str, hosts: list[Entity]) -> str:
    """The ceremony's name, with the words right before it that say what it marks (`전기차 전용공장 준공식`,
    `광복 80주년 경축식`; up to a day or a person: `27일`, `김 회장`), or else with its host's (`한빛전자 기념식`)."""
    named: list[str] = []
    next_start = at
    for word_span in reversed(list(re.finditer(r"\S+", sentence.text[:at]))[-3:]):
        if word_span.end() != next_start - 1:  # one space apart
            break
        next_start = word_span.start()
        start, end = sentence.start + word_span.start(), sentence.start + word_span.end()
        tokens = [t for t in sentence.tokens if start <= t.start < end]
        stops = [m for m in ctx.by_sentence.get(sentence.index, []) if m.kind in ("Date", "Time", "Person")
                 and m.start < end and start < m.end and not m.text.endswith(ANNIVERSARY)]
        if stops or not tokens or any(t.tag not in NAMING_TAGS for t in tokens) or word_span.group(0) == AMID:
            break
        named.insert(0, word_span.group(0))
    if named:
        return " ".join((*named, word))
    return f"{hosts[0].label} {word}" if hosts else word


def attends_another_gathering(plain: str, event: Event) -> bool:
    """Whether those the sentence says attended were at a gathering other than `event`, the one told before:
    another gathering the sentence opens on (`포럼에는 최태원 회장이 참석했다` after a summit; but a meeting is
    also a 회담, one told as a 간담회 is that, and a signing's ceremony is its own: 협약식에는; a briefing is none
    but a briefing). (A ceremony that signs nothing is its own event: `hold_ceremony`.)"""
    opened = ATTENDED_AT.match(plain)
    if opened is None:
        return False
    if event.kind == "briefing" and opened.group(1) not in BRIEFINGS:
        return True  # 회의를 마친 뒤 기자간담회를 가졌다. 회의에는 …: the meeting's, not the press's
    told = event.evidence[0].text if event.evidence else ""
    return opened.group(1) not in event.label and opened.group(1) not in told \
        and opened.group(1) not in ALSO_CALLED.get(event.kind, ())


def latest_signing(facts: Facts, sentence: Sentence) -> Event | None:
    """The last signing told before the sentence."""
    told = [e for e in facts.events if e.kind == "signing" and e.evidence and e.evidence[0].start < sentence.start]
    return max(told, key=lambda e: e.evidence[0].start, default=None)


def attend_signing(ctx: Context, facts: Facts, sentence: Sentence, signing: Event) -> None:
    """`충북도는 11일 … 곽노정 SK하이닉스 사장이 참석한 가운데 투자협약식을 가졌다`: a signing ceremony told after
    the agreement is its signing: the people it names attend, and it gives the signing and the agreement
    their day and place where the first telling left them to be guessed."""
    people = [e for _, e in ctx.actors(sentence, ("Person",))]
    signing.attendees.extend(p for p in people if all(p is not a for a in signing.attendees))
    day, told = ctx.date(sentence), signing.evidence[0]
    merge_evidence(signing.evidence, [ctx.evidence(sentence)])
    signing.place = signing.place or meeting_place(ctx, sentence)
    if day is None or not signing.guessed:
        return
    signing.date, signing.guessed = day, False
    for deal in facts.agreements:
        if deal.guessed and deal.evidence[0] == told:
            deal.date, deal.guessed = day, False
            merge_evidence(deal.evidence, [ctx.evidence(sentence)])


def latest_gathering(facts: Facts, sentence: Sentence, plain: str) -> Event | None:
    """The last gathering (a meeting, a briefing, a signing or a ceremony; no visit, call or appointment) told
    before the sentence, or the last signing when the sentence opens on a signing's ceremony (서명식에는): signings
    are read before the other events, so the one told last in the list may come later in the story."""
    opened = ATTENDED_AT.match(plain)
    kinds = ("signing",) if opened is not None and opened.group(1) in SIGNING_CEREMONIES else \
        ("meeting", "briefing", "signing", "ceremony")
    told = [e for e in facts.events if e.kind in kinds and e.evidence
            and e.evidence[0].start < sentence.start]
    return max(told, key=lambda e: e.evidence[0].start, default=None)


def meeting_word(plain: str) -> str:
    """The word that tells how people met; a visit gives way to a meeting told with it, whether the visit is
    someone's in a relative clause (`키이우를 방문한 위트코프 특사와 만나`) or where they met (`본사를
    방문해 홍 사장과 면담했다`)."""
    found = list(MEETING.finditer(plain))
    told = [m for m in found if not VISIT.fullmatch(m.group(0))]  # 본사를 방문해 사장과 면담했다: a meeting there
    return (told or found)[0].group(0)


def meeting_place(ctx: Context, sentence: Sentence) -> Entity | None:
    """Where it happened: `…에서`, or what was visited: `…을 방문`; an unknown name there is a place.
    An organization's premises are the organization: `민주노총 본부에서`. When what is before 에서 names
    nothing, the place named right before it: `도쿄 총리관저에서` happened in Tokyo."""
    actors = ctx.entity_mentions(sentence, ("Place", "Organization", "Concept"))
    for m, e in actors:
        gloss = GLOSS_AFTER.match(ctx.body, m.end)  # 조어대(댜오위타이)에서: past the name's gloss
        end = gloss.end() if gloss else m.end
        after = ctx.body[end:end + 8]
        if after.startswith("에서") or re.match(r"(을|를|에)\s*(방문|찾)", after) \
                or e.kind == "Organization" and (PREMISES.match(after) or VISITED_PREMISES.match(after)):
            if e.kind == "Concept" and not SHORT_LATIN.match(e.label):
                promote(e, "Place")
            if e.kind != "Concept":
                return e
    for i, (m, e) in enumerate(actors):
        words = UNNAMED_VENUE.match(ctx.body, m.end)
        if e.kind == "Place" and words and all(n.start >= words.end() for n, _ in actors[i + 1:]):
            return e
    return None


def add_event(facts: Facts, event: Event, side: Callable[[Entity], int] | None = None) -> None:
    """Record an event, or merge it into one recorded with the same kind, day, place and people (for an
    appointment, the same one appointed). A day only guessed from the publication (a headline's) is no day,
    and a country on such a day is no place apart from the city named later: the event merges with one
    named later, in that city. `side` says who stand for one side, as for agreements."""
    side = side or acting_for(facts, event.attendees)
    for other in facts.events:
        shared = sum(1 for a in event.attendees if any(side(a) == side(b) for b in other.attendees))
        same_day = event.date is None or other.date is None or event.date == other.date \
            or event.guessed or other.guessed
        same_place = event.place is not None and event.place is other.place
        # 인도를 찾아 … 만났다, then 뉴델리에서 면담하고: a lead's event, on no day of its own, told in a country
        # is the one the story tells in a city of it
        summed_up = (event.guessed or other.guessed) \
            and any(p.cls == "Country" for p in (event.place, other.place) if p is not None)
        elsewhere = event.place is not None and other.place is not None and not same_place and not summed_up
        enough = shared >= 1 if same_place else shared >= min(2, len(event.attendees), len(other.attendees))
        if event.kind == "appointment":  # one appointed, told with the group or with his company: one event
            enough = any(a is b for a in event.attendees if a.kind == "Person" for b in other.attendees)
        if event.kind == "ceremony":  # one host's 착공식 and 기념식 are two ceremonies
            enough = enough and event.label.rsplit(" ", 1)[-1] == other.label.rsplit(" ", 1)[-1]
        if other.kind == event.kind and same_day and enough and not elsewhere:
            # (a person who stands for a side attends in person: 틀버르 국방장관 beside 루마니아 국방부)
            other.attendees.extend(a for a in event.attendees if all(a is not b for b in other.attendees)
                                   and (a.kind == "Person" or all(side(a) != side(b) for b in other.attendees)))
            if other.date is None or other.guessed and not event.guessed and event.date is not None:
                other.date, other.guessed = event.date, event.guessed
            if other.place is None or summed_up and other.place.cls == "Country" and event.place is not None:
                other.place = event.place
            merge_evidence(other.evidence, event.evidence)
            return
    facts.events.append(event)


# -- quotes ----------------------------------------------------------------------------------------
def extract_quotes(ctx: Context, facts: Facts) -> None:
    """Quoted words and who said them: the subject beside the quote, else the previous speaker."""
    previous: tuple[Entity, int] | None = None
    for match in QUOTE.finditer(ctx.body):
        words = match.group(1) or match.group(2)
        if not is_said(words.strip()) and not SAID_SHORT.match(ctx.body, match.end()):
            continue
        covering = ctx.sentences_in(match.start(), match.end())
        if not covering:
            continue
        speaker = quote_speaker(ctx, covering, match.start(), match.end())
        if speaker is None and previous is not None and covering[0].index - previous[1] <= 1 \
                and not other_subject(ctx.body[covering[0].start:match.start()]):
            speaker = previous[0]
        if speaker is None:
            continue
        previous = (speaker, covering[-1].index)
        start, end = covering[0].start, covering[-1].end
        for said_by in [*speakers_listed_with(ctx, covering, speaker, match.start()), speaker]:
            facts.quotes.append(Quote(said_by, words.strip(), [Evidence(start, end, ctx.body[start:end])]))


def speakers_listed_with(ctx: Context, sentences: list[Sentence], speaker: Entity, quote_start: int) -> list[Entity]:
    """`김철수 한빛 대표와 이영희 누리 대표는 "…"고 밝혔다`: the people listed before the speaker, the
    subject, said it with him; each person's item ends with the post named after him."""
    people = [(m, e) for s in sentences for m, e in ctx.entity_mentions(s, ("Person",)) if m.end <= quote_start]
    post_ends = {ap.person.start: ap.title.end for ap in ctx.mentions.appositions if ap.title.start >= ap.person.end}

    def item_end(m: Mention) -> int:
        return post_ends.get(m.start, m.end)

    at = next((k for k, (m, e) in enumerate(people)
               if e is speaker and ctx.body.startswith(SUBJECT_PARTICLES, item_end(m))), None)
    return [] if at is None else [e for _, e in people[listed_from(ctx, people, at, item_end):at]]


def is_said(words: str) -> bool:
    """Whether quoted words are something said: a few words, or a short sentence with its ending
    (`사실과 다르다`); a short phrase in quotes is a term (`착한 가격`)."""
    return " " in words and (len(words) >= 8 or len(words) >= 5 and words.endswith(("다", "요", "까", "죠")))


#: a subject right before a quote, written with a noun that names no entity: 회사 측은 "…", also one glossed in
#: brackets: 최고경영자(CEO)는 "…"
UNNAMED_SUBJECT = re.compile(r"([가-힣]+)(?:\([^()]*\))?(?:은|는|이|가)\s*$")
#: the words that go on with the speaker named before: 그는 "…"
PRONOUNS = ("그", "그녀", "그들", "이들", "본인", "자신")


def other_subject(lead: str) -> bool:
    """Whether the words before a quote give it a subject of its own, one no entity names (회사 측은):
    then the quote is not the previous speaker's, though no one is named (그는 goes on with them)."""
    found = UNNAMED_SUBJECT.search(lead)
    return found is not None and found.group(1) not in PRONOUNS


#: the bench that rules, and the endings of courts' names: 재판부는, 서울가정법원, 인천지법, 서울고법, 천안지원
BENCH = re.compile(r"재판부(?:는|가)")
#: a court, or one of its benches, as a subject: 대법원 1부(주심 …)는, 서울고법 가사2부는, 서울고법은
COURT_SUBJECT = re.compile(r"(?:\s?[가-힣]*\d*부)?(?:\([^()]*\))?(?:은|는|이|가)\s")
COURTS = ("법원", "지법", "고법", "지원")
#: a verb of saying right after a short quote: "반쪽짜리 법"이라고 비판했다 (but "착한 가격"이라고 불리는 names a thing)
SAID_SHORT = re.compile(r"\s?이?라(?:고|며)\s"
                        r"(?:말|밝|비판|비난|평가|지적|주장|강조|반박|설명|촉구|호소|토로|언급|꼬집|일갈|답)")
#: `“…”고 강조해온 홍길동 회장의`: a relative clause on the quote names who said it. After `“…”며` the
#: speaker is the subject before, and a relative clause tells of someone else: `…”며 불참한 김 대표를 비판했다`
SAID_BY = re.compile(r"[”\"]\s*이?라?고\s*\S{1,6}(?:온|한|던|된|는)\s+$")


def quote_speaker(ctx: Context, sentences: list[Sentence], quote_start: int, quote_end: int) -> Entity | None:
    """Who said it: the person named in a clause after the quote, a name written right before it
    (headline style: 카카오 “…”), else the subject of the sentence, a person before an organization."""
    candidates = [(m, e) for s in sentences for m, e in ctx.actors(s, ("Person", "Organization"))]
    for m, e in candidates:
        if m.start >= quote_end and SAID_BY.search(ctx.body[quote_end - 1:m.start]):
            return e
        if m.end <= quote_start and not ctx.body[m.end:quote_start].strip():
            return e
    before = [(m, e) for m, e in candidates if m.end <= quote_start]
    # 구 회장도 "…"고 화답했다: 도, "too", marks a speaker of his own, after someone else spoke
    also = [c for c in before if re.match(r"도\s", ctx.tail(c[0], 2))]
    for pool in ([c for c in before if ctx.is_subject(c[0])] or also, [c for c in candidates if ctx.is_subject(c[0])]):
        people = [e for m, e in pool if e.kind == "Person"]
        if people:
            return people[0]
        if pool:
            return pool[0][1]
    # 재판부는 "…"고 판시했다: the bench is the court the article last named as a subject (대법원 1부는 …
    # 서울고법으로 돌려보냈다), else the court it named last
    if BENCH.search(ctx.body, sentences[0].start, quote_start):
        named = [(m.start, COURT_SUBJECT.match(ctx.body, m.end) is not None, e)
                 for e in ctx.entities.entities if e.kind == "Organization" and e.label.endswith(COURTS)
                 for m in e.mentions if m.start < quote_start]
        return max(named, key=lambda c: (c[1], c[0]))[2] if named else None
    # 회사 측은 "…"라고 말했다: the company the story goes on with, called by the common noun
    if THE_COMPANY.search(ctx.body, sentences[0].start, quote_start):
        company = ctx.carried_subjects("Organization")[sentences[0].index]
        return company if company is not None and company.cls == "Corporation" else None
    return None


# -- plans -----------------------------------------------------------------------------------------
def extract_plans(ctx: Context, facts: Facts) -> None:
    """`X 설립을 협의`: X is planned, by the sentence's subjects; a goal with an amount is its target."""
    sentences = ctx.analysis.sentences
    for sentence in sentences:
        plain = ctx.unquoted_text(sentence)
        if not (ESTABLISHMENT.search(plain) and PLANNING.search(plain)):
            continue
        for m, entity in ctx.actors(sentence, ("Organization",), quoted=True):
            rest = ctx.body[m.end:sentence.end]
            if not re.match(rf"\s*(?:\([^)]*\))?{CLOSE_QUOTE}\s*(?:을|를|의)?\s*(" + ESTABLISHMENT.pattern + ")", rest):
                continue
            planners = [e for mm, e in ctx.actors(sentence, ("Organization", "Place"))
                        if e is not entity and ctx.is_subject(mm)]
            if not planners and (sides := SIDES.search(plain)):
                planners = counted_sides(ctx, facts, sentence, sides)
            plan = next((p for p in facts.plans if p.subject is entity), None)
            if plan is None:
                plan = Plan(entity, planners, [])
                facts.plans.append(plan)
            merge_evidence(plan.evidence, [ctx.evidence(sentence)])
    for plan in facts.plans:
        for sentence in sentences:
            mentioned = any(e is plan.subject for _, e in ctx.actors(sentence, ("Organization",), quoted=True))
            goal = GOAL.search(ctx.unquoted_text(sentence))
            if not (mentioned and goal):
                continue
            for q in ctx.of_kind(sentence, "Quantity"):
                target = quantity(q, goal_label(sentence, q, goal.group(1)))
                if target not in plan.targets:
                    plan.targets.append(target)
                    merge_evidence(plan.evidence, [ctx.evidence(sentence)])


def goal_label(sentence: Sentence, q: Mention, goal: str) -> str:
    """`반도체 설계 인력을 약 1400명 양성` -> `반도체 설계 인력 양성`: the nouns of the object before the amount."""
    before = [t for t in sentence.tokens if t.end <= q.start]
    while before and not before[-1].tag.startswith("JKO"):
        if before[-1].tag.startswith(("V", "E")):
            return goal
        before.pop()
    particle = before.pop()
    start = particle.start
    for token in reversed(before):
        if not token.tag.startswith(("NN", "SL", "SN", "XSN", "XPN")):
            break
        start = token.start
    obj = sentence.text[start - sentence.start:particle.start - sentence.start].strip()
    return f"{obj} {goal}" if obj else goal


def extract_bylines(ctx: Context, facts: Facts) -> None:
    for m in ctx.mentions.bylines:
        if m.text not in facts.bylines:
            facts.bylines.append(m.text)


def extract_measures(ctx: Context, facts: Facts) -> None:
    """Each amount is about the nearest actor before it in its sentence, and about the sentence's subject;
    in a sentence that names no one, about the subject it goes on with."""
    targets = {(t.text, t.value) for p in facts.plans for t in p.targets}
    subjects = ctx.carried_subjects("Organization")
    sourced = False
    for sentence in ctx.analysis.sentences:
        # a sentence that says where its figures come from (복지부에 따르면) is no one's it goes on with, nor is
        # one naming no one right after it (이 가운데 사망자는 21명이다: the source's figures go on)
        told_before = sourced
        sourced = any(SOURCE.match(ctx.body, m.end) for m, _ in ctx.entity_mentions(sentence, PARTY_KINDS))
        # 영화 '하얼빈'이 관객 400만명을: a name that is a work's whole quoted title is the work's, not the city's
        actors = [(m, e) for m, e in ctx.actors(sentence, ("Organization", "Place", "Person"))
                  if not (ctx.body[m.start - 1:m.start] in TITLE_QUOTES and ctx.body[m.end:m.end + 1] in TITLE_QUOTES)]
        # (계약은 부쿠레슈티에서 체결됐으며 규모는 …: where it happened names no one measured either)
        named = [m for m, e in actors if not (e.kind == "Place" and is_setting(sentence, m))]
        goes_on = subjects[sentence.index] \
            if not named and not sourced and not told_before and not opens_on_another_thing(sentence) else None
        amounts = ctx.of_kind(sentence, "Quantity")
        sides = SIDES.match(sentence.text) if amounts else None  # 양국은 … 총 7건: the sides counted are the subject
        sides_named = counted_sides(ctx, facts, sentence, sides) \
            if sides and sentence.text.startswith(SUBJECT_PARTICLES, sides.end()) else []
        for q in amounts:
            if ctx.quoted(q.start, q.end) or (q.text, q.value) in targets or q.unit in COUNTS_OF_NOTHING \
                    or ctx.body[q.start - 1:q.start] == "제":  # 제61회 시상식: which edition, no count
                continue
            particle, counted = ctx.body[q.end:q.end + 1], q.text.split()[-1]
            if not re.search(r"\d", q.text) and (particle in ("은", "는", "이", "가")
                                                or particle in CASE_PARTICLES and counted in lexicon.cues()):
                continue  # 두 회사는, 두 회사를: the subject or the bodies told of counted, no amount of anyone's
            if is_age_bracket(ctx, sentence, q):
                continue  # 50대 김모씨, 20대 여성: an age says who someone is, and counts nothing
            if counts_listed_bodies(ctx.body, q):
                continue  # 3개 부처 장관을 교체, 제약사 3곳이: the organizations counted are named, no one's amount
            # 서울 중구 한은 본관에서 … 연 2.25%로: where the sentence's action happens is no one measured
            # 대법원 2부(주심 홍길동 대법관)는 … 벌금 2억원을: one named in an aside the amount is not in is no one's
            # KT 위즈와의 경기에 … 6이닝: one the action is with is no one measured
            before = [(m, e) for m, e in actors
                      if m.end <= q.start and (ctx.is_subject(m) or not is_setting(sentence, m))
                      and ctx.tail(m, 2) not in ("와의", "과의")
                      and not (e.kind == "Place" and modifies_noun(sentence, m))
                      and not is_aside(ctx.body, m, q.start)]
            if ctx.body[q.start - 1:q.start] == "(":  # 홍길동(45): an age is the named one's, 박모(45)씨's no one's
                before = [(m, e) for m, e in before if m.end == q.start - 1]
                if not before:
                    continue
            about = [e for _, e in before[-1:]]
            for (m, e), (nxt, _) in zip(reversed(before[:-1]), reversed(before[1:]), strict=False):
                if ctx.body[m.end:nxt.start].strip() not in ("과", "와", ",", "·", "및"):  # A와 B를 100% …
                    break
                about.append(e)
            # KAIST는 53위, 연세대는 56위: a figure right after a topic of its own is that topic's alone
            if not (before and ctx.tail(before[-1][0], 1) in ("은", "는")):
                about += [e for m, e in before if ctx.is_subject(m) and e not in about][:1]
            about += [e for e in sides_named if e not in about]
            if goes_on is not None and not sides_named:
                about = [goes_on]
            label = measure_label(sentence, q)
            for entity in about:
                facts.measures.append(Measure(entity, quantity(q, label), [ctx.evidence(sentence)]))


#: the tags that go on a noun phrase: nouns, numbers, symbols, letters, a noun's suffix
PHRASE_TAGS = ("NN", "SN", "SW", "SL", "SH", "XSN")


def phrase_after(sentence: Sentence, m: Mention) -> tuple[list[Token], Token | None]:
    """The nouns and numbers that go on the noun phrase a name opens, and the token that ends it (a particle,
    a verb, or None at the sentence's end)."""
    after = [t for t in sentence.tokens if t.start >= m.end]
    end = next((k for k, t in enumerate(after) if not t.tag.startswith(PHRASE_TAGS)), len(after))
    return after[:end], after[end] if end < len(after) else None


def is_setting(sentence: Sentence, m: Mention) -> bool:
    """Whether the noun phrase a name opens or ends is where something happens: 서울 중구 한은 본관에서, 숙천
    일대에서 (the first particle after it, past nouns and numbers, is 에서)."""
    _, end = phrase_after(sentence, m)
    return end is not None and end.tag.startswith("J") and end.form in ("에서", "에서는")


#: nouns for a country's state, which a country's name before them stands for: 중국 정부, 일본 당국
STATE_NOUNS = frozenset({"정부", "당국", "부처", "내각"})


def modifies_noun(sentence: Sentence, m: Mention) -> bool:
    """Whether a place's name stands before a noun as its modifier, with no particle: `이라크 국영석유회사와
    2조원`, `미국 소재 제약사와`, `부산 해운대구 엘시티`: the amount is the thing's the noun names, not the
    place's. A country's state (중국 정부, 일본 당국) stands for the country."""
    phrase, _ = phrase_after(sentence, m)
    return bool(phrase) and phrase[0].start == m.end + 1 and phrase[0].tag in ("NNG", "NNP", "SL") \
        and phrase[-1].form not in STATE_NOUNS


def is_aside(body: str, m: Mention, end: int) -> bool:
    """Whether a name stands in brackets that close before `end`, with more words than itself: an aside
    (형사4부(부장검사 홍길동)는), not the gloss of the name before (미국여자프로골프(LPGA))."""
    close, opened = body.find(")", m.end, end), body.find("(", m.end, end)
    gloss = body[m.start - 1:m.start] == "(" and close == m.end
    return close >= 0 and (opened < 0 or close < opened) and not gloss


def counts_listed_bodies(body: str, q: Mention) -> bool:
    """Whether the amount counts the organizations just listed before it with 등 (A와 B, C 등 3개 부처, … 등
    제약사 3곳): they are named, and the count is no one's amount (but 계열사 5곳을 둔 한빛그룹 is its)."""
    return q.unit in ("개", "곳") and re.search(r"등\s(?:[가-힣]+\s)?$", body[max(0, q.start - 12):q.start]) is not None


#: counts that say nothing about whom the sentence names: 1심과 같은 벌금 (the court instance), 5차 발사, 2회전,
#: 3기 신도시, 두 번째 물류센터 (ordinals), 16강에 진출 (a tournament's round), 비상 2단계 (a stage)
#: words for a person an age bracket may come before: 20대 여성, 50대 남성 운전자
AGED_PERSON = re.compile(r"\s(?:남성|여성|남자|여자|남녀|청년|부부|가장|주부|직장인|회사원|운전자)")


def is_age_bracket(ctx: Context, sentence: Sentence, q: Mention) -> bool:
    """`50대 김모씨`, `20대 여성`, `30대 회사원 A씨`: tens of years before a person, or a word for one."""
    if q.unit != "대" or q.value not in {str(tens) for tens in range(10, 100, 10)} \
            or not ctx.body[q.end:q.end + 1].isspace():
        return False
    person = next((m for m in ctx.by_sentence.get(sentence.index, []) if m.kind == "Person" and m.start > q.end), None)
    return AGED_PERSON.match(ctx.body, q.end) is not None \
        or person is not None and len(ctx.body[q.end:person.start].split()) <= 1


COUNTS_OF_NOTHING = frozenset({"심", "차", "회전", "기", "강", "번째", "단계"})
#: words a sentence may call the organization it goes on with by: 이 회사는, 해당 기업은
BODY_WORDS = frozenset({"회사", "기업", "업체", "그룹", "은행", "기관", "단체", "구단", "정부", "학교", "대학"})


def opens_on_another_thing(sentence: Sentence) -> bool:
    """`이 드라마는 …`, `두 사람은 …`, `해당 제품은 …`: a subject pointed at with a determiner, no word for
    an organization, opens the sentence; or a work's quoted title is the subject (… '하얼빈'은 12만명을
    모아): it is about that thing, not the subject of the sentence before."""
    tokens = sentence.tokens
    return len(tokens) >= 3 and (tokens[0].tag == "MM" or tokens[0].form == "해당") and tokens[1].tag == "NNG" \
        and tokens[2].tag in ("JX", "JKS") and tokens[1].form not in BODY_WORDS \
        or TITLE_SUBJECT.search(sentence.text) is not None or people_are_subject(tokens)


def people_are_subject(tokens: tuple[Token, ...]) -> bool:
    """`피해자 87명이 약 23억원을 잃었다`, `A씨 등은`: the first subject is people, named by a word for them
    or withheld behind a courtesy title."""
    at = next((k for k, t in enumerate(tokens) if t.tag in ("JKS", "JX")), None)
    phrase: list[Token] = []
    for t in reversed(tokens[:at or 0]):
        if not t.tag.startswith(("NN", "SN", "XSN")):
            break
        phrase.append(t)
    return any(lexicon.cues().get(t.form) == "Person" or t.form in COURTESY for t in phrase)


def measure_label(sentence: Sentence, q: Mention) -> str:
    """`지분 51%`, `보통주 36만주`, `영업이익 9조원`: the amount with the noun right before it, when there
    is one, whole as written (영업 + 이익)."""
    before = [t for t in sentence.tokens if t.end <= q.start]
    if not (before and before[-1].tag.startswith("NN") and before[-1].end in (q.start, q.start - 1)):
        return q.text
    k = len(before) - 1
    while k > 0 and before[k - 1].tag.startswith("NN") and before[k - 1].end == before[k].start:
        k -= 1
    return sentence.text[before[k].start - sentence.start:q.end - sentence.start]


Extractor = Callable[[Context, Facts], None]
EXTRACTORS: dict[str, Extractor] = {
    "bylines": extract_bylines,
    "memberships": extract_memberships,
    "players": extract_players,
    "transfers": extract_transfers,
    "ownerships": extract_ownerships,
    "branches": link_branches,
    "agreements": extract_agreements,
    "deals": extract_deals,
    "sales": extract_sales,
    "purchases": extract_purchases_told_by_the_bought,
    "mergers": extract_mergers,
    "leaders": merge_deals_of_leaders_and_countries,
    "events": extract_events,
    "quotes": extract_quotes,
    "plans": extract_plans,
    "measures": extract_measures,
}


def extract(analysis: Analysis, mentions: Mentions, entities: Entities) -> Facts:
    """Every fact of the article, each with the sentences it was read from."""
    ctx = Context(analysis, mentions, entities)
    facts = Facts()
    for run in EXTRACTORS.values():
        run(ctx, facts)
    return facts
