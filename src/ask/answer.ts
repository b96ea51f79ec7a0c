/**
 * Question answering: turns what someone typed into one of five answers, the same for Slack replies, slash
 * commands and the CLI.
 *
 * - `help`: an empty question or a request for help.
 * - `item`: one item, by number or because its topic clearly wins.
 * - `list`: a set asked for as a set: departments' items, the items with a status, or all of them.
 * - `candidates`: no single confident match, but a few close ones (「もしかして」), or two topics in one question.
 * - `none`: nothing in the plan matches, an item number that does not exist, or a question that is not about
 *   the plan's progress at all (another city, a counter's opening hours).
 *
 * The order of the checks matters: a question that is only a number is a number; an explicit item reference
 * (No.18, #18, 18番) wins wherever it stands; department and status words are taken out before the topic search
 * so that 「納税課の滞納整理」 searches 滞納整理 among 納税課's items. A wrong confident answer is worse than none,
 * so the topic search must explain most of what was asked before it answers with one item. A long message is
 * also read clause by clause, so that a greeting or a sentence of context around the question does not drown it.
 *
 * Over 300 lines on purpose: the Answerer is one decision procedure whose order is the point (numbers, small talk,
 * clauses, departments, status, topic, then the whole report), kept in one file so the order reads top to bottom.
 * Reading the text is in question-text.ts; the two indexes are topic-index.ts and passage-index.ts.
 */
import { fiscalYearLabel } from "../plan/fiscal-year.ts";
import type { Department, Plan, PlanItem } from "../plan/model.ts";
import { itemsOfDepartment } from "../plan/model.ts";
import { figuresIn } from "../plan/report-text.ts";
import type { Status } from "../plan/schema.ts";
import { STATUS_LABELS, type Unfinished, unfinishedWords } from "../plan/status.ts";
import { DepartmentFinder } from "./departments.ts";
import {
  explicitItemNumber,
  itemNumberReference,
  MARKED_NUMBERS,
  ordinalItem,
  parseKanjiNumber,
} from "./item-number.ts";
import {
  createPassageIndex,
  gramsOf,
  type ItemScore,
  type Passage,
  type PassageIndex,
  passagesOf,
  type ScoredPassage,
  statesCountIn,
  statesFigureIn,
  TERM_RANKS,
} from "./passage-index.ts";
import {
  ADDRESS_SOUGHT,
  ALL,
  CAN_ONE,
  CITIZEN_ASKED,
  CITIZEN_CASE,
  CITY_PLAN_ITSELF,
  CLAUSE_BREAK,
  COUNTRY_OR_PREFECTURE_WIDE,
  DEFERRED,
  dialectAsStandard,
  EACH_OF,
  EXCLUDED_JOINED,
  EXCLUSION_WORD,
  FILLER,
  FISCAL_YEAR,
  GREETING,
  HELP,
  HELP_ASKED,
  HELP_WORDS,
  kanaQuestionWords,
  LATE,
  LATE_BY_TARGET,
  MENTIONING,
  MUNICIPALITY,
  NEIGHBOUR_NAME,
  NOT_BEHIND,
  NOT_DONE,
  NUMERIC_TARGET_MISSED,
  OFF_SCHEDULE,
  ONLY_EXCLUDING,
  OTHER_GOVERNMENTS_OWN,
  OTHER_GOVERNMENTS_PLAN,
  OUTSIDE_MATTER,
  PAGE_SOUGHT,
  PLAN_CONTEXT,
  PLAN_NAME,
  PREFECTURE_PLAN,
  RANKED_AMONG,
  REASON_CLAUSE,
  RELAYED_BY,
  RELAYED_QUESTION,
  RUMOUR,
  SEEN_ON_DEVICE,
  SEEN_WHERE,
  SERVICE_INTENT,
  SET_ASIDE,
  STATUS_DENIED,
  STATUS_EXCLUDING,
  STATUS_FIELD,
  STATUS_KANA,
  STATUS_PATTERNS,
  TARGET_MISSED,
  UNFINISHED_CONTEXT,
  WHERE_ALONE,
  WHICH_ITEMS,
  WISH_CLAUSE,
  WRITTEN_ABOUT,
} from "./patterns.ts";
import {
  askedUnit,
  contentRuns,
  cut,
  FIGURE_ASK,
  GREETING_ONLY,
  hiraganaRuns,
  mentionedFiscalYear,
  readsAsOtherLanguage,
  severalItemNumbers,
  spacesAsCommas,
  statusIn,
  stripSlackMarkup,
  THANKS,
  topicText,
  withoutAdverbs,
  withoutGuessedField,
  withoutMessageManners,
  withoutReasons,
  withoutSurroundings,
  withoutTrailingReason,
} from "./question-text.ts";
import { itemSentences, ReportWords } from "./report-words.ts";
import { romajiAsKana } from "./romaji.ts";
import {
  itemsWithZeroResult,
  notDoneOutsideBehind,
  saysUnfinished,
  scopedReason,
  statusListOf,
} from "./status-lists.ts";
import { fold, foldOnce, normalize, remembered, toHiragana } from "./text.ts";
import { type TopicHit, TopicIndex } from "./topic-index.ts";

/**
 * Every service word of a text, for replace and matchAll (which start from the beginning and leave no state behind):
 * made once, not on every question.
 */
const SERVICE_INTENT_ALL = new RegExp(SERVICE_INTENT.source, "giu");
/**
 * Whether a text holds a service word, for its last few texts: interpret asks it of its reading of the question
 * (asksForService), then again of the same reading to drop the plan's own procedures (withoutPlanProcedures), and
 * SERVICE_INTENT is among the longest patterns, tried at every character.
 */
const holdsServiceWord = remembered((text: string) => SERVICE_INTENT.test(text), 4);
const FIGURE_ASK_ALL = new RegExp(FIGURE_ASK.source, "gu");
/** Whether a figure is asked to be stated at all (「金額って出てますか」「計上されていますか」「載ってる？」). */
const STATED_ASKED =
  /(?:出て|載って|のって|書いて|計上されて|記載されて)(?:い)?(?:ます(?:か)?|る|あります(?:か)?|ある)(?:[?？]|の|か|$)|(?:出て|載って)(?:い)?ませんか/u;
/**
 * The word a question asks about a topic: the last 「…の〇〇って」「…、〇〇は」, or what is asked to be among it
 * (「返礼品にお米ってありますか」「返礼品でササニシキってある」「返礼品にささ結って入ってる」: the second group), or
 * who does something of the topic named before って (「電子証明書の更新って本人以外が来ても大丈夫？」: the third, as
 * it is after a comma) (see attributeOutsideReport). Not a verb's て form run into a word (「資料作ってるんですが」: 作って is
 * 作る, not 資料作 and a topic's って): って followed by る, た, ます or いる is the verb's.
 */
const ASKED_ATTRIBUTE =
  /(?:の|、|,|\s|(?<=[\p{Script=Han}]し)い)\s*((?:お|ご)\p{Script=Han}{1,4}|[a-z]*[\p{Script=Han}\p{Script=Katakana}ー]{2,8})(?:って(?!る|た|ます|まし|い[るたま]|お[りく])|は|が|も|とか|(?=どう(?:なる|なっ)))|(?:に|で)\s*((?:お|ご)\p{Script=Han}{1,4}|[a-z]*[\p{Script=Han}\p{Script=Katakana}ー]{2,8}|(?:(?![るたいうくすつむ])\p{Script=Hiragana}){1,4}\p{Script=Han}{1,3})(?:って|は|とか|も)(?:まだ|今も)?(?:あり|ある|入って|入っ|含まれ)|(?<=[\p{Script=Han}\p{Script=Katakana}ー]{2}って)((?:お|ご)\p{Script=Han}{1,4}|[a-z]*[\p{Script=Han}\p{Script=Katakana}ー]{2,8})が/gu;
/**
 * Figures of a city's books and statistics that staff ask for by name: general municipal vocabulary, not one plan's
 * (see indicatorOutsideReport). Longest forms first.
 */
const INDICATOR =
  /経常収支比率|医業収支比率|実質公債費比率|将来負担比率|財政力指数|病床(?:利用|稼働)率|不納欠損額?|収納率|徴収率|納付率|有収率|普及率|接続率|水洗化率|耐震化率|高齢化率|離職率|純損益|純利益|純損失|税率|(?:法定|障害者)?雇用率|赤字額|黒字額|累積欠損金|経常損益|経常収支|総事業費|建設費|工事費|整備費|構築費用?|導入費用?|委託料|委託費|指定管理料|契約金額|予算額|決算額|予算|補助率|交付総額|発行部数|フォロワー数|友だち(?:登録者?)?数|登録者数|常勤医師|医師(?:の)?数|看護師(?:の)?数|病床数|人口|(?:市債|地方債|起債|貸付)?残高|歳入|歳出|税収|平均年齢|待機児童(?:数)?|不登校(?:児童生徒|児童|生徒)?(?:数)?|交付率|時間外勤務(?:(?:の)?(?:総)?時間(?:数)?)?|(?:採用試験の)?倍率|競争率|削減枚数|(?:紙|用紙|コピー|印刷)(?:の)?(?:使用)?枚数|利用者数|差し?押(?:さ)?え?(?:の|した)?件数|差し?押(?:さ)?え(?=って|は)|返礼率|返礼(?:品)?の割合|設置率|残業時間|滞納者(?:数)?|滞納(?:の)?件数|(?:外来|入院)?患者(?:の)?数|滞納繰越額?|児童生徒数|児童数|生徒数|経費(?:\([^)]*\))?の?(?:割合|率)|手数料率|テレワーク(?:の)?(?:実施)?率|リサイクル率|投票率|(?:合計特殊)?出生率|空き家率|就業率|要介護認定率|(?:ごみ|ゴミ)(?:の)?(?:排出量|処理量)|(?:相談|申請|受入れ?|受け入れ|登録|発行|利用|搬送)件数|回答者数|(?:アクセス|ダウンロード|閲覧)(?:数|件数)|採用(?:予定)?(?:人数|者数)/u;
/** A particle between the words of a sentence (課は, 取組も, 課がこの): what no plan's name holds. */
const NOT_A_NAME =
  /[\p{Script=Han}\p{Script=Katakana}ー][はがをもで](?:この|その|どの|あの)?[\p{Script=Han}\p{Script=Katakana}ー]/u;
/**
 * The question without the city's name it opens with (「大崎市のふるさと納税の実績は？」): every item of the plan is the
 * city's, so the name says nothing of which, and a sentence that opens with it was read as a run on from it (「大崎市の
 * 防災安全課はこのプランの…」 as a plan named 「防災安全課はこのプラン」). Kept before a plan's name (「大崎市の地域防災計画」):
 * whose plan it is tells another plan from this one.
 */
function withoutCityName(text: string): string {
  const m = CITY_OPENING.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return PLAN_NAMED_FIRST.test(rest) ? text : rest;
}
const CITY_OPENING = /^大崎市の(?=[^\s。、，,？?！!]{2})/u;
/** A plan's name at the start (地域防災計画, 病院の経営強化プラン): within the first words, before any particle but の. */
const PLAN_NAMED_FIRST = /^[^\s。、，,？?！!はがをにでともや]{0,16}?(?:計画|ビジョン|戦略|プラン|大綱|構想)/u;
/** Whom an agreement, a contract or a tie-up is with (「楽天と包括連携協定を結ぶ」): group 1. */
const AGREEMENT_PARTNER =
  /([\p{Script=Han}\p{Script=Katakana}ーa-z0-9]{2,16})と(?:の)?[^。、？?\s]{0,8}?(?:協定|契約|提携)/u;
/** A partner named by its kind or asked for, not by name (外部, 民間企業, 何団体, どこの会社). */
const GENERIC_PARTNER =
  /何|どこ|どの|^(?:外部|民間|企業|団体|事業者|業者|会社|地域|地元|市民|住民|他|ほか|各)/u;
/** Whose subsidy, contribution or pay is asked (「観光協会への補助金」「消防団員の年額報酬」): group 1. */
const SUBSIDY_RECIPIENT =
  /(?:^|[^\p{Script=Han}\p{Script=Katakana}ー])([\p{Script=Han}\p{Script=Katakana}ー]{2,10})(?:への|の|に対する|に出してる|に出している)(?:年額)?(?:補助金|負担金|助成金|交付金|報酬)/u;
/** A subsidy named as one word (「多面的機能支払交付金」, the whole match): what it is for is group 1. */
const SUBSIDY_NAMED =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])([\p{Script=Han}\p{Script=Katakana}ー]{3,14}?)(?:補助金|負担金|助成金|交付金|給付金)/u;
/** Who visits or asks: 「県内の町から行革の視察が来る」「他市から問い合わせがあった」 (see namesAnotherGovernment). */
const VISIT_FROM =
  /[^、。？?\s]{0,15}から(?:の)?[^、。？?\s]{0,16}?(?:視察|見学|問い合わせ|問合せ|照会|お客さん|来客)/u;
/**
 * A sum over the whole plan: 「プラン全体で効果額を全部合計すると」「全項目の効果額の合計」. Not 「全部合わせて」 alone:
 * one item's rows summed (No.17's 共同催告, 合計 4,516,766 円) are in the report.
 */
const PLAN_TOTAL =
  /(?:プラン全体|全体で|全項目|全取組|(?:すべて|全て|全部)の(?:項目|取組))[^。？?]{0,15}(?:合計|合わせ|総額|トータル)|(?:合計|総額|トータル)[^。？?]{0,10}(?:プラン全体|全項目|全取組)/u;
/** A fiscal year the question compares with (「R4と比べて」「令和4年度より」「R4から」「R4比」). */
const COMPARED_YEAR =
  /(?:令和\s*[0-9元]+\s*年度?|r\s*[0-9]+(?:\s*年度?)?)\s*(?:と比べ|と比較|に比べ|より|から|比)/giu;
/** A word asked to be in the items' titles: 「項目名に「見直し」が付いてる」「名前に推進って付く」 (group 1). */
const TITLE_TERM =
  /(?:項目名|項目の名前|取組名|取組の名前|取り組みの名前|名前|タイトル|題名|件名)(?:に|の中に)\s*[「『"]?([^「」『』"、。，,？?\s]{1,12}?)[」』"]?\s*(?:って|という|との)?(?:言葉|語|文字)?(?:が|の)?(?:付(?:く|い)|つ(?:く|い)|入(?:る|っ)|含ま)/u;
/** 「経営健全化の項目ぜんぶ」「見直しに関する取組を全部」: every item of a term (group 1), asked as a list. */
const ALL_ITEMS_OF =
  /^\s*([^、。，,？?\s「」]{2,12}?)(?:の|に関する|関係の|関連の)(?:項目|取組|取り組み)(?:を|は)?\s*(?:ぜんぶ|全部|すべて|全て|一覧)/u;
/** The same, the word first: 「「使用料等」って名前に入ってる項目」 (group 1). */
const TERM_IN_TITLE =
  /[「『"]([^「」『』"]{1,12})[」』"]\s*(?:って|という|との)?(?:言葉|語|文字)?(?:が)?(?:項目名|項目の名前|取組名|名前|タイトル|題名)に(?:付|つ|入|含)/u;
/** A fee's policy said in verbs (「有料にする」「無料になった」): as its word in 化 (有料化) is. */
const POLICY_IN_VERBS = /(有料|無料|無償|有償)に(?=する|なる|なり|して|なっ|され|し)/gu;
/** 「1食あたり」「一人当たり」「上限額」「単価」: an amount per unit or a cap (not 「どの項目にあたりますか」). */
const PER_UNIT =
  /(?:[0-9０-９一二三]|ひとり|一人|1人)\s*(?:\p{Script=Han}{1,2}|か月|ヶ月)?\s*(?:あたり|当たり)|上限額?|単価/u;
/** After 手続き: its number asked (「って全部でいくつ」「の数は」「は何件」). */
const PROCEDURES_COUNTED =
  /^(?:き|の)?(?:の数|数)?(?:って|は|が|も)?[、,\s]*(?:全部で|全体で|合計で)?[^。？?]{0,4}?(?:いくつ|何件|何個|何種類|何手続|どのくらい|どれくらい)/u;
/** How the name of a place or an office ends (総合支所, 市民病院, 新庁舎, 集会施設, 旧校舎跡地). */
const PLACE_END = /(?:館|所|院|場|園|庁|舎|施設|室|駅|校|署|局|課|地|跡|店|寮|棟|港|橋|川|山|駐車場)$/u;
/**
 * 「…ってプランに入ってる？」「…は計画に載ってますか」「…って改革プランでやるんですか」「…を作る計画ってある？」:
 * whether the plan (or the city) holds it. 「消防団の詰所も集会施設の譲与の対象になるの？」: whether an item's measure
 * covers it, asked after the thing (…も, …は, …って), is the same question; so is 「…ってどこかに書いてあります？」 (not
 * 「…って書いてあった項目」, which quotes the report to find an item). 「…、市で導入予定あります？」「…って大崎でもやるの？」
 * ask whether the city does it, as whether the plan holds it, with any verb asked (「図書館にも指定管理を入れる計画って
 * ありますか？」; not 「…入れる予定があるとどこかで読んだ」, which tells). So do 「分納の条件って指針の内容として載ってますか」
 * 「地区別の整備スケジュールって載ってます？」「転入・転出の人数まで入ってます？」「…のオープンデータって、CSVで出てますか」:
 * whether the report gives a detail (what is asked about stands before the frame; a detail in the report's own words
 * finds its item as before). Asked, not told (「…って書かれてるんですが、」 quotes where something was written); not
 * 「どこに載ってる？」「どの取組として書かれてますか」, which ask where the report tells of it.
 */
const PLAN_HOLDS =
  /オープンデータ(?:で|に|として)(?:は|も)?(?:公開して|入って|載って|出して|出て)|(?:この|今回の|集中|改革|行革)?(?:プラン|計画|行革)(?:の中|のなか)?(?:に|で)(?:は|も)?(?:何か|なにか|なんか)?(?:載って|のって|入って|はいって|含まれて|書いて|かいて|書かれて|位置づけ|位置付け|ある|あり|やる|やって|扱って|管理して|取り上げ|触れ(?:られ)?て|ふれ(?:られ)?て)|(?:この|今回の|集中|改革|行革)?(?:プラン|計画|行革)の(?:見直し)?対象(?:に)?(?:なって|なる|入って|含まれ)|(?<=[もは]|って)[^。？?]{2,30}の対象(?:に|と)?(?:は|も)?(?:なって|なる|なり|入って|はいって|含まれ)|(?:の話|のこと|の件)(?:って|は)(?:何か|なにか|なんか)?(?:載って|のって|書いて|書かれて)|(?:って|は)(?:どこか|どっか)(?:に)?(?:載って|のって|書いて|書かれて)|(?:する|作る|つくる|建てる|始める|やる|ようになる)(?:計画|予定)(?:って|は|が|も)?(?:ある|あり)|(?<=\p{Script=Han}\p{Script=Hiragana}?[るうすくむぶぐつ])(?:計画|予定)(?:って|は|が|も)?(?:ある|あり)(?=ます|[?？]|\s*$|の[?？]|ん)|(?:導入|実施)(?:の)?予定(?:って|は|が|も)?(?:ある|あり)|(?:市|市役所|大崎|うち)(?:で|でも)(?:は|も)?(?:導入して|やって(?!くれ|もら|いただ)|やる(?:の|ん|[?？]|$)|導入する(?:の|ん|[?？]|$))|(?:(?:って|は)(?:(?![^。？?、]*(?:どこ|どの|何番))[^。？?、]{0,20}(?:に|として))?(?:載って|のって|書いて(?=あ)|書かれて|記載されて)|まで(?:は)?(?:入って|載って|出て)|(?:で|として)(?:出て|公開されて))(?:い)?(?:ます|る)(?=か|[?？]|\s*$|の(?:か|[?？]|$)|ん(?:です|でしょう)か)/u;
/** Years given as a span in brackets (（R7〜11）, (令和7～11年度)): a plan's period, named beside the year asked. */
const SPAN_IN_BRACKETS = /[（(][^（）()]{0,12}[0-9]\s*(?:年度?)?\s*[〜～~ー―-]\s*[^（）()]{0,12}[）)]/gu;
/** The outcome of something asked (結果はもう出た, 認定取れた, 合格した). */
const OUTCOME_ASKED =
  /結果(?:は|って)?(?:もう)?(?:出|で)(?:ました|た|てる|ています|てます)|認定(?:は|って)?(?:もう)?(?:取れ|とれ|され|受け|もらえ)(?:た|ました)|合格(?:した|しました|できた)/u;
/**
 * 「指定管理の更新、期間は何年で協定結んでます？」「契約って何年契約？」: how long a period lasts, in years (not which
 * fiscal year: 何年度).
 */
const DURATION_ASKED =
  /(?:期間|任期|契約|協定)(?:は|って|の長さ(?:は|って)?)?[、,\s]*何\s*(?:年間|か年|カ年|ヶ年|年(?!度|生|前|後|ぶり|頃|ごろ|から|まで|に|の))/u;
/** A length in years as the report writes one (「4 か年」「5年間」). */
const YEARS_LONG = /[0-9０-９]\s*(?:か年|カ年|ヶ年|ヵ年|年間)/u;
/** 「具体的に何をやる」「具体的にどの土地」: the specifics of what was named before. */
const SPECIFICS_ASKED = /具体的(?:に|な)(?:は)?[、,\s]*(?:何|なに|なん|どの|どこ|どんな|どう)/u;
/**
 * A detail of a procedure or an event asked for (「団体の条件を教えて」「研修日程ってどこで」「移行期限ってR7年度末で
 * 合ってる？」): group 1. Not 会場, 費用 or 時期, which a reason (「会場準備の参考に」) or the plan's own figures name,
 * nor 基準 (「どういう基準で選ぶ」 is answered by what the item says it chose).
 */
const DETAIL_ASKED =
  /(条件|要件|手数料|単価|期限|締め?切り?|連絡先|電話番号|日程|任期|対象者|費用負担|営業時間|開館時間|受付時間)(?:って|は|を|が|も)?[^。？?]{0,14}(?:[?？]|$|教え|おしえ|知りたい|わか|分か|何|いつ|どこ|どう|いくら|合って)/u;
/** A count as typed and its unit (「51件」「1,243件」): groups 1 and 2 of PART_OF_COUNT and COUNT_INCLUDES. */
const COUNTED = String.raw`(?<![0-9,.])([0-9][0-9,]*)\s*(件|人|施設|団体|校|か所|カ所|ヶ所|社|手続き?|回|台|ha)`;
/**
 * A part of a count asked (「51件のうち、岩出山地域の分って何件」「481件のうち、ZoomとWebexの内訳」): the count (group 1),
 * its unit (2) and the part (3).
 */
const PART_OF_COUNT = new RegExp(
  String.raw`${COUNTED}(?:の)?(?:うち|中で|なかで)[、,\s]*([^、。，,？?\s]{2,16}?)(?:の分|分|の内訳|内訳|の数|は|って|が)(?=[^。？?]{0,12}(?:何|いくつ|どれ|どの|内訳|わか|分か|教え))`,
  "u",
);
/** Whether a count holds something (「979人って、消防職員も含まれてる」): the count, its unit and what it may hold. */
const COUNT_INCLUDES = new RegExp(
  String.raw`${COUNTED}(?:って|は|に|には|の中に)[、,\s]*([^、。，,？?\s]{2,16}?)(?:も|は|って)(?:含まれ|入って|含ん|カウントされ)`,
  "u",
);
/**
 * Whether a figure, named by its noun, holds something (「消防職員も定員管理計画の職員数に入ってるんですか」「農業集落排水の
 * 効果額って、上下水道の効果額に含まれてる？」): what it may hold (group 1), whose figure it is (2) and its noun (3).
 * A noun of its own (職員数, 効果額), not a count's (件数, 人数: the report writes 「614 件」, not the noun).
 */
const FIGURE_INCLUDES =
  /([^、。，,？?\s]{2,16}?)(?:も|って|は)[、,\s]*(?:([^。？?、]{0,16}?)の)?(\p{Script=Han}{2,6}(?:数|額|率))(?:に|の中に|には)(?:は|も)?(?:入って|含まれ|カウントされ)/u;
/**
 * When the asker's own place gets something (「うちの地区にはいつ下水道が来るんですか」「うちの前の道路、下水道の工事いつ
 * 来るの」「実家のある…地区、下水道いつ来るの」「次はうちの地区に来るのか」).
 */
const OWN_PLACE_WHEN =
  /(?:うち|自分|実家|我が家|わが家|自宅)(?:の)?[^。？?]{0,16}?(?:地区|地域|家|前|道路|近所|辺り|あたり)(?:に|には|まで|は|、)?[^。？?]{0,12}?(?:いつ|何年後|何年先)[^。？?]{0,8}?(?:来る|くる|来ます|きます|通る|つながる)|(?:次|今度)(?:は)?(?:うち|自分|私たち)の(?:地区|地域)(?:に|にも)(?:来る|くる|来ます|きます)/u;
/** Two words given as examples, joined by とか, など or やら (清掃工場とか焼却施設). */
const TWO_EXAMPLES =
  /([\p{Script=Han}\p{Script=Katakana}ー]{2,})(?:とか|など|やら)([\p{Script=Han}\p{Script=Katakana}ー]{2,})/gu;
/** 「デジタル系」「滞納関係」「施設分野」: a field named by a word and what says it is one. */
const FIELD_WORD =
  /[^\s、。，,？?！!「」（）()]{2,12}?(?:関係|関連|系|分野|絡み)(?=[（()）、,\s]|の|で|は|に|$)/gu;
/** 「…のうち」「…の中で」「遅れてるのは？」: some of the items named are asked for (with WHICH_ITEMS). */
const AMONG = /のうち|の中で|のなかで|の(?:は|って)[?？\s。]*$/u;
/** 「どの項目？」「改革プランの取組なんだっけ？」「何番？」: which item something is, taken as the plan's. */
const ITEM_OF_IT_ASKED = /どの(?:取組|取り組み|項目)|(?:取組|取り組み|項目)(?:なん)?だっけ|何番/u;
/**
 * 「何世帯」「何台」「何km」: a count asked in a unit of its own (group 1). Not 何年, 何月, 何日, 何分 (dates and times),
 * nor 何の, 何か.
 */
const UNIT_ASKED =
  /何\s*(世帯|台|本|km|キロ|戸|冊|頭|店舗|軒|棟|便|路線|床|泊|トン|kg|グラム|部|枚|ページ|頁|通|時間|か月|ヶ月|カ月|歳|校|社|種類|人|件|名|回|施設|団体)/u;
/**
 * How many times a deed was done (「何回ダウンロードされた」「ダウンロードされた回数」): the deed's word, in the first
 * group after the count or in the second before it. Not 何人・何件: the report counts people and cases under a
 * label, without the deed's verb (「何人受講した」: No.8's 研修 with its 人).
 */
const DEED_COUNTED =
  /何\s*(?:回|度)\s*(?:くらい|ぐらい|ほど)?\s*([\p{Script=Han}\p{Script=Katakana}ー]{2,8})(?:され|し|でき)|([\p{Script=Han}\p{Script=Katakana}ー]{2,8})(?:された|した|できた)回数/u;
/** A clause that says why or on what occasion (「…を見直す必要があって、」「…と相談があって、」「…ので、」). */
const OCCASION_CLAUSE =
  /[^、，,。．！!？?\n]*?(?:(?:あって|ありまして|ので|ため|から)[、，,]|必要があって)/gu;
/** The noun of a count in one of UNIT_ASKED's units (枚数, 台数, 世帯数), where it ends a word. */
const UNIT_COUNT_NOUN = /(枚|台|世帯|戸|冊|店舗|軒|棟|床|便|路線)数(?=って|は|を|が|も|、|,|\s|[?？]|$)/u;
/** A count's noun (参加者数, 受講人数, 申請件数): group 1 how it ends. */
const COUNT_NOUN = /\p{Script=Han}{1,4}(者数|人数|件数)/u;
/** A FIGURE_ASK that is the figure's own noun (利用率, 件数, 参加者数, 金額), not a question word (何件, いくら). */
const FIGURE_NOUN_END = /(?:率|件数|人数|者数|割合|金額|効果額)$/u;
/** Every rate's word of a text (利用率, 実施率), to be removed. */
const RATE_WORDS = /(?:\p{Script=Han}{1,4}|[\p{Script=Katakana}ー]{2,8})率/gu;
/** 「登録率」「リピート率」: a rate named by the kanji or katakana right before 率 (group 1). */
const RATE_WORD = /((?:\p{Script=Han}{2,4}|[\p{Script=Katakana}ー]{2,8})率)/u;
/** A rate's figure asked for itself: how many per cent, how much, or whether the number is known. */
const RATE_FIGURE_ASKED =
  /何\s*(?:%|％|パーセント|割)|どれ(?:くらい|ぐらい)|どの(?:くらい|ぐらい)|いくつ|数字|数値|(?:わか|分か)(?:る|り)|把握/u;
/** Rates that are no figure of the report's asked: worked out by the bot (達成率), or no rate at all (効率). */
const OWN_RATES = /達成率|進捗率|進ちょく率|効率|比率$/u;
/** A word of kanji ending in 化, asked about (「無償化っていつから」「民営化されるの」): group 1 the kanji run. */
const POLICY_CHANGE =
  /(\p{Script=Han}{2,}化)(?=って|は|が|を|の|、|する|され|し|も|に|なる|なり|なっ|\s|[?？]|$)/gu;
/**
 * A year's result asked against its target: 「目標に比べて」「目標に届いた？」「足りなかった」「上回った」「目標何件で
 * 実績は」. Not the target alone (「R7の目標は？」), which a plan row answers.
 */
const COMPARED_WITH_TARGET =
  /目標(?:値|額)?(?:に|と|より)?(?:比べ|くらべ|比較|対し|たいし)|目標[^。？?]{0,12}?(?:届|とど|達成|たっせい|達し|及|下回|上回|超え|こえ|クリア|割れ|(?:いっ|行っ|いか|行か|いけ|行け)(?:た|て|な|ず)|(?:いき|行き)ま(?:した|せん)|どおり|通り)|目標比|(?:達成|クリア)(?:でき|し(?:た|てい|てる|まし)|状況|度)|(?:足り|たり|及ば)(?:な|ませ)|下回|上回|目標[^。？?]{0,12}(?:実績|結果)|(?:実績|結果)[^。？?]{0,12}目標/u;

/**
 * The fragments of the report that compare an item's result of a year with its target: the quote its status for
 * that year rests on, then those stating the targets of that year's result figures.
 */
function verdictQuotes(item: PlanItem, year: number): string[] {
  const quotes = item.assessments.filter((a) => a.fiscal_year === year).map((a) => a.quote);
  for (const row of item.effects)
    if (row.fiscal_year === year && row.basis === "actual")
      for (const figure of row.figures) if (figure.target) quotes.push(figure.target.quote);
  return quotes;
}

/** What something is for (「何のため」): an aim, and a why (see passagesFor's whyAsked). */
const PURPOSE_ASKED = /何の(?:ため|為)/u;
/**
 * 「目標としては何を検証する」「縮減目標は?」「何を目指すの」: the item's aim, which the report states in its
 * 改善・推進目標 (the objective), when no figure is asked and no result is compared with a target.
 */
const AIM_ASKED = new RegExp(`目標|めざ|目指|ねらい|狙い|目的|${PURPOSE_ASKED.source}`, "u");
/** What is to be done from now on (「今後どうする」「これから」「この先」). */
const FUTURE_ASKED = /今後|これから|この先/u;
/** What the report writes as an effect asked (「R5の効果ってなんて書いてある？」「効果の欄は何て」), not an amount (効果額). */
const EFFECT_ROW_ASKED = /効果(?:の欄|欄)?(?:って|は|には|に|の)?(?:なんて|何て|何と|どう書|どんな)/u;
/** Why the item's result is what it is (「R5が0件だったのはなぜ」「なんで入れられなかったの」). Not 「なんでしたっけ」. */
const WHY_ASKED = /なぜ|何故|どうして|なんで(?!しょう|す|した)|理由|原因|要因/u;

/** A word that can name a topic (two kanji, katakana or Latin letters): what a question asks beyond an item's name. */
const TOPIC_WORD = /[\p{Script=Han}\p{Script=Katakana}a-z]{2,}/u;

/** A year's forecast or plan asked for (「R6の見込み」「計画値」「見込んでる」). */
const FORECAST_ASKED = /見込|計画値|予定値/u;
const FORECAST_ASKED_ALL = /見込み?|計画値|予定値/gu;
/** What is (to be) done asked, not a figure: 「令和7年度見込み、何するって書いてあります？」 is the year's activities. */
const DEEDS_ASKED =
  /何(?:を)?(?:する|やる|します|やります)|やること|取り?組み?(?:の)?内容|取り組む|何に取り?組/u;

/** 「いつ」「何年度の予定」「策定スケジュール」: when something was or will be done. */
const WHEN_ASKED = /いつ|何年|何月|時期|スケジュール/u;
/** Which place or thing (「譲与できた集会施設ってどこ」「どの土地を売った」), no figure asked. */
const WHICH_PLACE_ASKED = /どこ|どの(?:施設|土地|学校|場所|建物)/u;

/**
 * A figure asked outright: by a question word of amount (何件, いくら, どのくらい) or by the figure's noun asked and
 * nothing else (「寄附額は？」「効果額を教えて」). Not FIGURE_ASK's noun inside another question (「有収率を上げるって目標、
 * どうやって上げる想定？」 asks how).
 */
const FIGURE_ASKED_OUTRIGHT =
  /何\s*(?:件|人|名|%|パーセント|円|千円|万円|億|施設|団体|ha|ヘクタール|回|か所|カ所|ヶ所|箇所|割|社|校|時間|本|台|種類)|いくら|いくつ|どれ(?:くらい|ぐらい|だけ)|どの(?:くらい|ぐらい)|(?:額|数|率)(?:は|って|を)?(?:教えて|知りたい|[?？]|$)/u;
/**
 * A sentence that states a figure: a number that is no year, month, day or ordinal (not the 5 of 令和 5 年度, the
 * 10 of 10 月, the 6 of 第 6 次).
 */
const STATES_FIGURE =
  /(?<![0-9０-９,.]|第\s*|令和\s*)[0-9０-９][0-9０-９,.]*(?!\s*(?:年|月|日|次|期|[0-9０-９,.]))/u;
/** A sentence that states an amount of money (「180,000,000 円」「12,216 千円」「11 億 9 千万円」). */
const STATES_MONEY = /[0-9]\s*(?:千万|千|万|億)?円/u;
/** An amount to the yen (「4,516,766 円」), not rounded to 千円, 万円 or 億. */
const STATES_EXACT_MONEY = /[0-9]\s*円/u;
/** An amount asked to the yen: 「円単位で」「正確な金額」「端数まで」「ぴったりいくら」. */
const EXACT_ASKED = /円単位|円まで|円で|正確|端数|細か|ぴったり|きっちり/u;

/**
 * The words that label an effect row's figures (売却 and 貸付 of 「売却額 180,000,000 円 貸付額 36,621,670 円」),
 * folded: runs of kanji or katakana without the 額, 数 or 率 that make them a figure, and not the row's basis.
 */
function rowLabels(text: string): string[] {
  return (text.match(/[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu) ?? [])
    .map((w) => fold(w.replace(/(?:件数|額|数|率)$/u, "")))
    .filter((w) => w.length >= 2 && !GENERIC_LABEL.test(w));
}

/** Words of a row or a question that label no figure of their own: a basis, a total, a counted noun. */
const GENERIC_LABEL = /^(?:実績|見込み?|計画|目標|合計|全体|総額|施設|団体|件数|人数|金額)$/u;

/** The effects over the plan's years asked (「総計」「3年分の合計」「R5〜R7の合計」「3か年で」). */
const TOTAL_ASKED =
  /総計|(?:3|三)\s*(?:年分|年間|か年|カ年|ヵ年|ヶ年)|(?:r\s*5|令和\s*5\s*年度?)\s*[~〜～ー-]\s*(?:r\s*7|令和\s*7|7)[^。？?]{0,8}(?:合計|計|で)/u;
/**
 * A year's results asked for: its 実績, final figure or settled accounts, or what happened in it (「何校参加しました？」
 * 「何件集まった？」; not 「…でしたっけ」, which recalls a figure of any kind) (see yearWithoutFigures).
 */
const RESULT_ASKED =
  /実績|確定|決算|(?:参加し|集まり|集まっ|売れ|増え|減り|減っ|来)(?:ました|た)(?:か|の|んですか|んでしょうか)?[?？]?$/u;
/** 「R4実績」「令和4年度の実績」: a year's results named (group 1 the year). */
const YEAR_RESULTS = /(令和\s*[0-9元]+\s*年度?|r\s*[0-9]+(?:\s*年度?)?)\s*の?\s*実績/u;
/** A year's estimate, plan or target asked for beside its results (「R6の見込みとR5の実績」). */
const ESTIMATE_ASKED = /見込|計画|目標|予定|予測/u;
/** What follows an INDICATOR asked for itself: a particle, a year or time, or the ask. */
const INDICATOR_END =
  /^(?:$|[?？、,。\s（()）]|って|は|が|を(?:教え|確認|知り|聞か|出し)|(?:知り|しり|教え|おしえ)|も|の(?:数字|実績|値|推移|見込み|目標|もくひょう|合計|総額|数|r\s*[0-9]|令和|[0-9]|今|最新)|(?:実績)?値|実績|r\s*[0-9]|令和|[0-9]|今|最新|いま|現在|時点|いくら|いくつ|何|なんぼ|どれ|どの|わか|分か|数|の総量|(?:が|は)?(?:つい|付い)て)/u;
/**
 * A fee or price named with what it is for (督促手数料, 選定療養費, 人間ドックの料金): the report reviews fees (No.5) and
 * tables some takings (No.17's 市営住宅使用料 930,400 円), and gives no tariff; asked as an INDICATOR is, when the
 * report never writes the fee's name.
 */
const FEE_AMOUNT =
  /[\p{Script=Han}\p{Script=Katakana}ー]{1,10}の?(?:料金|手数料|利用料|使用料|療養費|値段|単価|受講料|参加費|入館料|入場料)/u;
const FEE_AMOUNT_ALL = new RegExp(FEE_AMOUNT.source, "gu");
/** A figure asked of an INDICATOR: how much, or whether it is known or written. */
const INDICATOR_ASKED =
  /何\s*(?:%|％|パーセント|円|千円|万円|億|人|件|部|\p{Script=Han})|いくら|いくつ|なんぼ|どれ(?:くらい|ぐらい|だけ)|どの(?:くらい|ぐらい)|(?:わか|分か)(?:る|り)|載って|(?:教え|おしえ)て|(?:知り|しり)たい|確認したい|総額|実績値|数字|数値|最新値|最新の(?:数字|値)|何\s*(?:m2|ha)|(?:増え|ふえ|減っ|へっ)て(?:る|ます|いる)|(?:欲し|ほし)い|必要|出して|を聞かれ|推移|どう(?:でした|だった|なる|なります|なって)|[はって][?？。\s]*$/u;
/**
 * A plan, vision, strategy or charter named in a question (過疎計画, 行革大綱), ending where a particle follows:
 * not a department (デジタル戦略課), an area (事業計画区域) or a figure (計画値). See namesAnotherPlan.
 */
const NAMED_PLAN =
  /[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}(?:計画|ビジョン|戦略|大綱)(?=の|は|って|が|を|に|で|、|,|\s|[?？]|$)/gu;
/**
 * 「議員の定数って」「職員採用試験の倍率は」: whose figure is asked (the first group), before the figure's word; also
 * with a year after a comma or a space (「医師の人数、R5は何人」「住民票のコンビニ交付 R5で何件」). Not before a verb's
 * て form (「部内会議の資料作ってる」: see ASKED_ATTRIBUTE).
 */
const FIGURE_OWNER =
  /(?:^|[の、,\s])(?!何)([\p{Script=Han}\p{Script=Katakana}ー]{2,8})(?:への|の)[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:って(?!る|た|ます|まし|い[るたま]|お[りく])|は|が|(?:[、,]|\s+)(?=\s*(?:r\s*[0-9]+|令和\s*[0-9元]+\s*年度?|今年度|昨年度|去年度?|今|現在)\s*(?:の実績)?(?:って|は|で)))/gu;
/**
 * What a figure question counts: the word right before って・は and the figure's question word (「医師って何人」
 * 「赤字額っていくら」「お医者さんって何人」), with at most a time between them (今, R5).
 */
const COUNTED_NOUN =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])([\p{Script=Han}\p{Script=Katakana}ー]{2,10})(さん|さま|様)?(?:って|は)\s*(?:(?:今|いま|現在|r[0-9]\s*|令和[0-9]+年度?)(?:で|に|は)?|全部で|合計で?)?\s*(?:何\s*(?:人|名|件|円|か所|カ所|ヶ所|箇所|時間|台|社|校)|なん(?:にん|けん)|いくら)/u;
/** Whose figure a question asks (the last FIGURE_OWNER's first group), if it names one. */
function figureOwner(text: string): string | undefined {
  let owner: string | undefined;
  for (const m of text.matchAll(FIGURE_OWNER)) owner = m[1];
  return owner;
}
/**
 * Words that ask about anything at all (経緯, 見通し), name a time (今年度), or ask a relation the report states in
 * its own words (包括連携協定の相手: 東日本電信電話株式会社; 返礼品の種類), folded.
 */
const GENERAL_ASK_WORD =
  /^(?:推移|変化|動き|動向|傾向|違い|特徴|問題|問題点|課題|改善点|反省点|留意点|注意点|ぽいんと|すけじゅーる|工程|反応|感想|手応え|評価|評判|めりっと|でめりっと|利点|欠点|影響|意義|意味|役割|相手|相手方|種類|内容|名前|名称|対象|範囲|規模|期間|時期|時点|日付|場所|箇所|方法|手法|方針|形|形式|方式|段階|順番|予算|費用|額|量|比率|単位|条件|基準|要件|目安|水準|結論|判断|見込み|計画|体制|担当者|責任者|今年度|来年度|昨年度|前年度|本年度|今年|去年|来年|今回|前回|次回|毎年|今月|来月|数字|数値|中身|詳細|概要|経緯|見通し|今後|予定|現状|状況|進捗|結果|成果|理由|原因|背景|位置づけ|位置付け|扱い|話|件数|金額|担当|その後|最新|全体|内訳|根拠|ねらい|狙い|目的|効果|実績|数|具体例|事例|例|実際|当初|最終|最初|最後|初め|はじめ)$/u;
/** Everyday endings on a word of the report (受講者数, 担当分, 導入後). */
const WORD_SUFFIX = /(?:分|数|額|率|度|者|化|系|様|側|面|費|料|後|前|中|等|的|用|上|時|先|点|日)$/u;
/** A clause that asks (「教えてください」「？」「知りたいです」), not one that tells why. */
const ASKS = /教えて|ください|下さい|[?？]|ですか|ますか|でしょうか|知りたい|お願い|ほしい|欲しい/;
/** A clause that tells (「…を議員が気にしています。」). */
const STATES = /(?:ています|てます|ている|ました|です)[。！!]?\s*$/;
/** 「@大崎改革プランbot …」 typed as text (not picked as a mention, so not <@U…>): addressed to the bot, not about it. */
const TYPED_MENTION = /^@\S+\s+/;

/**
 * The request itself, as typed: 「課長に報告するため、」 says why, and a mention's 「@…プランbot」 is no plan context
 * (see withoutSurroundings).
 */
function requestOf(typed: string): string {
  const bare = typed.replace(TYPED_MENTION, "");
  return withoutSurroundings(bare) || bare;
}
/**
 * A sentence that says why (…ないといけなくて。…ので。), after a clause that asks (…のか、…か、…？) and before the ask
 * itself: see Answerer.byClauses.
 */
const MID_REASON =
  /(?<=(?:のか|か|[?？]))[、，,\s]*[^、。，,!！?？\n]*?(?:(?:ないと|なきゃ|なければ)(?:いけ|なら)なくて|必要があって|ので|ため)[。．](?=\s*\S)/u;
/** The one quotation of a message passed on (relayedMessage tells whether it is one). */
const QUOTED = /「([^「」]{4,})」/u;
/**
 * The message quoted in 「」 when the words around it only pass it on and ask whether it can be answered (市民から,
 * メール, と来ました, 答えられる？, どう返す, 回答案, プランで何か分かる？); null when they ask something of their own.
 */
function relayedMessage(text: string): string | null {
  const quoted = QUOTED.exec(text);
  if (!quoted || (text.match(/「/gu) ?? []).length > 1) return null;
  const around = `${text.slice(0, quoted.index)} ${text.slice(quoted.index + quoted[0].length)}`;
  if (!RELAY_ASK.test(around)) return null;
  // 「総合案内です。」: who passes it on, introduced as staff do (GREETING), is no word of it either; nor why they ask
  // (「議会答弁の準備で確認です。」: REASON_CLAUSE).
  return countedTerms(
    around
      .replace(REASON_CLAUSE, " ")
      .replace(GREETING, " ")
      .replace(RELAY_ASK_ALL, " ")
      .replace(RELAY_WORDS, " "),
  ).length === 0
    ? (quoted[1] as string)
    : null;
}
/** How a message passed on is asked about: whether the bot or the plan can answer it, or how to reply. */
const RELAY_ASK =
  /答えられ|こたえられ|回答でき|どう(?:返|答え|回答)|回答案|返信案|返事|(?:プラン|計画)(?:で|に)(?:は)?(?:何か|なにか)?(?:分か|わか|書いて|載って)|関係(?:ある|あり)|(?:プラン|計画)(?:上|だと)(?:は)?(?:何か|なにか|なんか)?(?:出て|でて|どこ|載って|書いて)|(?:何か|なにか|なんか)情報(?:は)?(?:あり|ある)|(?:プラン|計画)(?:で|の中で|上)(?:は)?どう(?:取り?組ん|なって|書かれ|扱われ|位置(?:づ|付)けられ)[^。？?]*/u;
const RELAY_ASK_ALL = new RegExp(RELAY_ASK.source, "gu");
/**
 * Who sent a message passed on, how it came (a summary of it: 要約, まとめ; a comment on social media pasted: SNS,
 * コメント, 投稿, 貼ります) and what is to be done with it: no topic of its own.
 */
const RELAY_WORDS =
  /市民(?:の方)?|住民(?:の方)?|メール|めーる|(?:貼り|張り)付け|貼付|問い?合わ?せ|電話|手紙|回答|返信|返事|質問|苦情|要望|意見|要約|まとめ|議員|記者|新聞社|窓口|sns|コメント|投稿|書き込み|貼り?(?:ます|ました)?|これ|それ|作り|つくり|書き|かき|(?:集中)?改革プラン|プラン|計画/gu;
/**
 * Where a rumour was heard (「…って町内会で聞いた」「町内会で…って聞いたんですが」): no word of what it tells.
 */
const HEARD_AT =
  /(?:町内会|自治会|区長会|地区の(?:集まり|会合)|集まり|近所|会合|飲み会|説明会|ネット|sns|ニュース|新聞|テレビ)(?:で|の人から|から)(?=[^。？?]*(?:聞い|きい|聞き|きき|見た|読んだ))/gu;
/**
 * The frame of a phone memo passed on as it was written (「【電話メモ 11/6 10:15】市民（60代女性）より：…との問い合わせ。
 * 担当わかれば回したいです」): its heading, who called, and what the one passing it on will do. None of it is what the
 * rumour says (代女性 would be a word the report never writes).
 */
const MEMO_FRAME =
  /【[^】]{0,30}】|[（(][^（）()]{0,12}(?:代|歳|男性|女性|の方|在住|住民|保護者)[^（）()]{0,6}[）)]|(?<=^|[\s。、，,])[^。、，,\s：:]{1,16}より[：:]|[、,]?\s*(?:との|という|と)(?:お?問い?合わせ|問合せ|こと|電話|相談)(?:です|でした|あり)?|(?:担当|担当課)(?:が)?(?:わか|分か)れば[^。]*/gu;
/**
 * 「…っていつからいつまで？」「…はいつまででしたっけ」: when, asked alone (tested from the service word on). Of a long
 * term the report writes (滞納整理強化月間: 11 月～12 月), it asks what the report says, not a counter's hours.
 */
const WHEN_ALONE =
  /^いつ(?:から|まで)?(?:いつ(?:から|まで))?(?:ですか|でしょうか|でした(?:っけ|か)|だっけ|なの)?[?？。\s]*$/u;
/** A wish passed on as a consultation or an inquiry, and the clause after it (group 1): see askedAfterWish. */
const RELAYED_WISH =
  /^[^。、,？?]{0,16}?(?:って|という|との|と)(?:ご?相談|問い?合わせ|要望|依頼|声)(?:が|を)?(?:あって|ありまして|あり|来て|きて|受けて|いただいて)[、,]\s*([^。]+)/u;
/** What the city or the plan does or plans (予定, 方針, 取組, 何をやる). */
const PLAN_DOING = /予定|方針|取り?組|計画|プラン|何を(?:やる|する|して)|どう(?:する|なる|なって)/u;
/** From a service word on: the clause says why the bot is asked (「必要があるので教えて」「…ためにお願い」). */
const WHY_CLAUSE_AHEAD = /^[^。、,？?\s]{0,10}?(?:ので|ため(?:に)?)[、,\s]?(?:教え|お願い|確認|知りた)/u;
/** Which of several things is meant: 「どっち」「どちら」. */
const WHICH_OF = /(?:どっち|どちら)(?!も)/u;
/** An item named by its number with a mark of one (「8番」「No.13」「№5」「#3」): the number is group 1 or 2. */
const NUMBERED_REF = /(?:no\.?|№|#)\s*([0-9]{1,2})(?![0-9])|(?<![0-9.])([0-9]{1,2})\s*番/giu;
/** A numbered item with the name given after it, up to と, a comma or the ask (「8番の人財育成と」). */
const NUMBERED_NAME = new RegExp(`(?:${NUMBERED_REF.source})[^、,と]*?(?=と|、|,|どっち|どちら|$)`, "giu");
/** 「減らしたり…渡したり」: deeds given as examples, each ended by たり after a verb's kanji. */
const DEEDS_JOINED = /(?<=\p{Script=Han}\p{Script=Hiragana}?)(?:った|いた|した|んだ|た|だ)り[、,\s]*/u;
/**
 * The name of a 事業, 業務, 手続 or project, or a school's (事業名, 業務の名前, 校名): names the report never gives of
 * what it counts. Not 名簿 or 名刺, nor a company's (ORGANISATION_ASKED) or a system's official name, which it writes.
 */
const NAMES_ASKED =
  /(?:業務|事業|プロジェクト|手続き?|校|製品|ツール)(?:の)?(?:名称|名前|名)(?![簿刺義])|(?:なんて|何て|何と|なんと)(?:いう|言う)(?:製品|ツール|ソフト)/u;

/**
 * 「政策アドバイザーってどなたがなってるんですか」「研修の講師って誰でした？」: a person asked for by the role they hold.
 * Not who is in charge (「誰が担当してるの」 asks for the department, on the item's card).
 */
const PERSON_ASKED =
  /(?:アドバイザー|委員|委員長|講師|会長|座長|代表者?|有識者|責任者|リーダー)(?:[（(][^）)]{1,20}[）)])?(?:の方)?(?:って|は|に)?[、,\s]*(?:どなた|誰|だれ)(?!が担当|に聞|に相談)/u;
/** A person's name in the report's text (「…氏」「…先生」「…教授」). */
const PERSON_NAME = /[\p{Script=Han}]{1,4}(?:氏|先生|教授)/u;

/**
 * Which of several things the asker quotes a count of (「4件って、具体的にどの手続」「3つって、どこのサイト」
 * 「71件って、主にどんな相手」): the report counts them and names none. Not one thing (「１つ増やしたのはどこのサイト」:
 * the report names it), nor which item (「…26手続の話、どの項目？」).
 */
const WHICH_OF_COUNTED =
  /(?<![0-9])([2-9]|[1-9][0-9]+)\s*(件|つ|か所|カ所|ヶ所|社|施設|団体|校|手続き?)(?:って|は|の|、|,|\s)*[^。？?]{0,12}?(?:具体的に|どこの|どんな|どこどこ|(?:どの|何の|なんの)(?!項目|取組|取り組み))/u;

/**
 * Whether the item names what it counts `count` `unit` of, in brackets after the count: 「新規登録したデータ項目は 8 件
 * （公共施設一覧，観光施設一覧，…）」.
 */
function listedAfterCount(item: PlanItem, count: string, unit: string): boolean {
  const listed = new RegExp(`(?<![0-9])${count}\\s*${unit}\\s*[（(][^）)]*[，、,・]`, "u");
  return passagesOf(item).some((p) => listed.test(p.text.normalize("NFKC")));
}

/**
 * An amount of money asked (いくら, 何万円, 金額, 費用, 増収額): a figure in 円. Not 効果額, which an item counts in what
 * it saves (No.7's staff).
 */
const MONEY_ASKED = /いくら|何\s*(?:円|万円|千円|億)|金額|費用|増収額|削減額/u;

/**
 * A department's or a body's staff counted (「上下水道部の職員数」「選管事務局の職員定数」「民生委員の定数」「消防本部に
 * 暫定再任用の職員って何人」): group 1 or 2 the department or body, named by how such names end.
 */
const STAFF_OF_UNIT =
  /((?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:部|局|課|室|署|委員|議員|本部|センター))(?:の)?(?:職員(?:の)?(?:数|定数)|職員定数|定数|正職員数|人数)|((?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:部|局|課|室|署|本部|センター|支所))(?:に|には|で|では)[^。？?]{0,12}?(?:職員|人)(?:って|は|が)?[^。？?]{0,4}何\s*人/u;

/**
 * 「保健師の採用って何人増える予定」「ケースワーカーの増員って…何人」「消防職員の条例定数って何人」: how many of one
 * kind of staff (group 1), which the item may count (No.8's 新規採用職員研修 …人) or not. ケースワーカー is read as the
 * report writes it (CW: see ReportWords).
 */
const STAFF_OF_JOB =
  /((?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:師|士|ワーカー|職員)|(?<![a-z])cw(?![a-z]))(?:の|って|は|、)?[^。？?]{0,16}?何\s*人/u;

/** A month or a day asked (何月, 何日; 開始日って…いつ): group 1 or 2. Not 何か月, a number of months. */
const DATE_ASKED =
  /何\s*(月|日)|(?:開始|開催|実施|運用開始|施行|締結|公開)(日)(?:って|は|が|を)?(?:いつ|何|教え|わか|分か)/u;

/** When something happens this year (「今年はいつ開催」「今年いつ？」「ことしの…っていつ」「今年度はいつ開催予定」). */
const THIS_YEAR_WHEN = /(?:今年|ことし|今年度|本年度)(?:は|も|の[^。？?、]{1,20}?(?:って|は))?\s*いつ/u;

/** Units as the report prints them, for those askedUnit gives in their folded form. */
const UNIT_SHOWN: Readonly<Record<string, string>> = { "%": "％", m2: "㎡", m3: "㎥" };

/** How far along an item is (達成率, 進捗率, 目標比), which its card reckons whether or not the report writes a rate. */
const ACHIEVEMENT_ASKED = /達成|進捗|目標比|目標に対して/u;

/** The question without the greetings and who asks (GREETING), from its first word: 「財政課の佐藤です。」 and all. */
function afterGreeting(text: string): string {
  return cut(text, GREETING).rest.replace(/^[\s、。，,！!]+/u, "");
}
/** Which item writes something, asked (「それが載ってる項目は」「どの取組に書いてある」). */
const WHERE_WRITTEN = /載って|書いて|書かれ|出てく|どの(?:項目|取組|取り組み)|何番|項目は/u;
/** 「この話題は No.9「…」にあります（`/plan 9`）。」: where the plan tells of a topic the bot cannot answer for. */
function topicAt(item: PlanItem): string {
  return `この話題は No.${item.number}「${item.title}」にあります（\`/plan ${item.number}\`）。`;
}

/**
 * A status's list without the items of the statuses the question said it does not ask for (「遅れも上振れもなく、
 * 計画どおりの項目」: the items 順調 without the achieved ones the list holds beside them).
 */
function statusListBut(
  plan: Plan,
  query: string,
  status: Status,
  targetMissed: boolean,
  denied: readonly Status[],
): AnswerBody {
  const list = statusListOf(plan, query, status, targetMissed);
  if (denied.length === 0 || list.reason.type !== "status") return list;
  const kept = (i: PlanItem) => !denied.includes(i.current.status);
  return { ...list, items: list.items.filter(kept), reason: scopedReason(list.reason, kept) };
}

/** An item's figures of every year and of its 総計 row. */
function figuresOf(item: PlanItem) {
  return [...item.effects.flatMap((e) => e.figures), ...(item.total?.figures ?? [])];
}

/** A figure label that names a place or kind in brackets (「在宅復帰率（鳴子温泉分院）」): the base and the kind. */
function labelParts(label: string): [string, string] | null {
  const m = /^(.+?)[（(]([^（）()]+)[）)]$/u.exec(label);
  return m ? [m[1] as string, m[2] as string] : null;
}

/**
 * An item's figure labels that name a place or kind in brackets (「在宅復帰率（鳴子温泉分院）」「寄附額（企業版）」), as
 * base → kinds, folded; remembered per item (the plan's items are never changed once loaded).
 */
function labelPairs(item: PlanItem): ReadonlyMap<string, ReadonlySet<string>> {
  const known = pairsOf.get(item);
  if (known) return known;
  const pairs = new Map<string, Set<string>>();
  for (const f of figuresOf(item)) {
    const parts = labelParts(f.label);
    if (!parts) continue;
    const base = fold(parts[0]);
    const kinds = pairs.get(base) ?? new Set<string>();
    kinds.add(fold(parts[1]));
    pairs.set(base, kinds);
  }
  pairsOf.set(item, pairs);
  return pairs;
}
const pairsOf = new WeakMap<PlanItem, ReadonlyMap<string, ReadonlySet<string>>>();

/** A base or a kind of an item's figure labels (folded, as labelPairs gives it) as the report prints it. */
function labelShown(item: PlanItem, folded: string): string {
  for (const f of figuresOf(item))
    for (const part of labelParts(f.label) ?? []) if (fold(part) === folded) return part;
  return folded;
}

/** A word with kanji as its runs of two kanji or more (まちづくり人材: 人材; 休職とか休業中: 休職, 休業中); others whole. */
function kanjiRunsOf(word: string): string[] {
  return /\p{Script=Han}/u.test(word) ? (word.match(/\p{Script=Han}{2,}/gu) ?? []) : [word];
}

/** The city's districts as the report writes them, by their readings typed in kana. */
const DISTRICT_READINGS: Readonly<Record<string, string>> = {
  ふるかわ: "古川",
  まつやま: "松山",
  さんぼんぎ: "三本木",
  かしまだい: "鹿島台",
  いわでやま: "岩出山",
  なるこ: "鳴子",
  たじり: "田尻",
};
const DISTRICTS = [...new Set(Object.values(DISTRICT_READINGS))];
/**
 * A district (group 1) named as the place of what is asked: 田尻の…, 鳴子温泉地域で…, かしまだいの総合支所に…,
 * 鳴子総合支所の窓口でも…. Not inside a longer name (松山小, 古川西小中学校 hold their district with no の after it).
 */
const DISTRICT_OF_TOPIC = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Hiragana}])(${[...DISTRICTS, ...Object.keys(DISTRICT_READINGS)].join("|")})(?:温泉)?(?:地域|地区)?(?:の)?(?:総合支所)?(?:の|で|に|でも|では)`,
  "gu",
);
/**
 * A district that says who asks or who asked them, from the district on: 「古川総合支所です」「岩出山総合支所の総務担当
 * です」「鳴子の旅館組合さんから」「田尻の方から」「古川総合支所…じゃなかった」.
 */
const DISTRICT_OF_ASKER =
  /^[^。、？?\s]{1,12}?(?:総合)?支所(?:の[^。、？?]{0,14})?(?:です|でございます|の者)|^[^。、？?\s]{1,6}?(?:総合)?支所[^。]{0,4}(?:じゃなかった|ではなく)|^[^。、？?]{1,16}?(?:さん|の方|の人|組合|住民|在住)(?:から|より|が)/u;

/** A deed a rumour tells of: a verbal noun and the verb after it (移転する, 閉鎖される, 卒業できない). */
const CLAIMED_DEED =
  /(?<!\p{Script=Han})(\p{Script=Han}{2,4})(?:する|される|させる|した|された|になる|になった|でき|しない|しなく)/gu;
/** What money (寄附金, 税金, 予算, 基金) was spent on: 「何の事業に使った」「使い道」. */
const FUNDS_USED =
  /(?:寄附金?|寄付金?|お金|税金|予算|基金|財源|収入|売却益|効果額)[^。？?]{0,20}?(?:(?:何|なに|どんな|どの)(?:の)?(?:事業|こと|用途|目的)?に(?:使っ|使わ|使い|使う|充て|あて)|使い道|使途)/u;
/**
 * A thing of a kind many items hold, with the word that names which (group 1): 「障害者週間のイベント」
 * 「在住外国人アンケート」. The word is kanji or katakana, or an adjective then kanji (やさしい日本語).
 */
const KIND_OF =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])((?:\p{Script=Hiragana}{1,3}い(?=\p{Script=Han}))?[\p{Script=Han}\p{Script=Katakana}ー]{2,10}?)(?:の)?(?:研修|講座|セミナー|アンケート|イベント)/gu;
/** Money owed or paid (使用料, 家賃, 滞納, 督促 …): what a table of receivables tells of. */
const MONEY_OWED =
  /使用料|料金|家賃|駐車場代|費|料|滞納|督促|催告|未納|未収|収納|納付|払|債権|回収|徴収|縮減|返還|償還|差押|貸付|額|いくら/u;
/**
 * One gift of the hometown tax (「返礼品に牛タン入れていいの」「返礼品で人気1位」「返礼品の事業者って何社」「返礼品で、
 * お米の寄附件数だけ」): the report tells of developing gifts and briefing suppliers, never of a gift, its popularity,
 * the donations made for it or how many suppliers there are.
 */
const GIFT_DETAIL =
  /返礼品[^。？?]{0,10}?(?:人気|ランキング|品目別|一番(?:多|出)|何が)|返礼品(?:の)?(?:提供)?事業者[^。？?]{0,8}?(?:何社|いくつ|何件|数)|返礼品(?:で|の|別)[、,]?\s*[^。？?、,]{1,12}?の(?:寄附|寄付)(?:の)?(?:件数|額|金額)/u;
/** One gift named (group 1): 「返礼品に牛タン入れていいの」「返礼品で温泉宿泊券って今も出してる？」. */
const GIFT_NAMED =
  /返礼品(?:に|で|として)(?:は|も)?([^。？?、,]{1,16}?)(?:って|は|が|を|も)?(?:何\s*件|いくつ|どの(?:くらい|ぐらい)|どれ(?:くらい|ぐらい|だけ))?(?:ある|あり|入れ|入っ|出して|出てる|出た|売れ|追加|選べ|もらえ)/u;
/** A fee's revision asked of (「水道料金の値上げ」「下水道使用料の改定予定」). */
const FEE_CHANGE = /(?:の)?(?:値上げ|値下げ|料金改定|料金の改定|改定|引き上げ|引上げ)/u;
/** A fee or a tax rate told as raised (「軽自動車税の税率って上がった？」): its revision too. */
const FEE_RAISED =
  /(?:が|って|は|も)(?:どの(?:くらい|ぐらい)|どれ(?:くらい|ぐらい|だけ)|いくら)?上が(?:った|る|り)/u;
/** The words the report would tell a fee's revision in (No.5's 使用料改定, 減免率の見直し). */
const FEE_REVISED = ["改定", "値上", "見直", "改正", "引上", "引き上"];
/** How a fee's name ends (使用料, 水道料金, 学校給食費, 軽自動車税, ごみ袋, 家賃). */
const FEE_WORD = /(?:料金|料|費|税|袋|税率|賃)$/u;
/**
 * FEE_RAISED with a time between the fee and its rise (「使用料が4月から上がった」「使用料、4月から上がった」, or a space
 * for the comma).
 */
const FEE_RAISED_AFTER_TIME = /(?:が|って|は|も|[、,\s])[^。、？?]{0,8}?上が(?:った|る|り)/u;
/** How a matter passed on came (「って苦情の電話がありました。」「って相談があって、」), without the matter. */
const RELAY_FRAME =
  /(?:って|と|という)(?:苦情の|お?問い?合わせの)?(?:相談|問い?合わせ|質問|電話|話|声|苦情)(?:が|を)?(?:あって|ありまして|あり|あった(?:ので|けど|んですが|のですが)|受けて|受けまして|来て|きて|来まして|きまして|ありました|受けました|来ました|きました)[、,。]|(?:って|と)(?:よく)?(?:聞かれ|尋ねられ)(?:る|ます)(?:んですが|のですが|んだけど|けど)[、,]/u;
/** 「…を借りたいって相談があって、」: a citizen's request passed on as the occasion of the question, up to its comma. */
const RELAYED_OCCASION = new RegExp(`^[^。？?]*(?:${RELAY_FRAME.source})\\s*`, "u");
/**
 * 「計画ではどうなってる？」「計画上はどういう扱い？」「経緯が分かる項目を教えて」: what the plan says of a matter passed
 * on before it. 計画 after no kanji: 都市計画では is another plan.
 */
const PLAN_ITSELF_ASKED =
  /(?<![\p{Script=Han}])計画(?:では|上(?:は|で)?|の中で(?:は)?)|(?:分かる|わかる|書いてある|載っている|載ってる)(?:項目|取組|取り組み)/u;
/** 「なにか書いてあります？」「載ってる？」: whether the report tells of something, asked after a rumour. */
const REPORT_TELLS = /(?:なにか|何か|なんか)?(?:書いて|書かれて|載って)(?:あり|ある|い)[^。？?]*/u;
/** Whether something ends, asked outright (「…はなくなるのか」「…は廃止されるんですか」). */
const ENDING_ASKED =
  /(?:なくな|無くな|廃止され|閉鎖され|閉院|閉館|廃校にな|統合され)(?:る|ります)(?:のか|んですか|んでしょうか|の(?=[?？]|$)|か(?=[?？]|$))/u;
/**
 * How many there are of a thing (group 1, with an okurigana inside: 子育て支援センター), asked by a place's or a body's
 * counter: 「…って市内に何か所ある」.
 */
const THINGS_COUNTED =
  /((?:(?<!\p{Script=Han})\p{Script=Han}{1,4}[てちりきしみえけい](?=\p{Script=Han}))?(?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}\p{Script=Katakana}ー]{2,14})(?:って|は|、)\s*(?:市内に|市内で|全部で|いま|今|現在)?\s*(?:何\s*(?:か所|カ所|ヶ所|箇所|施設|校|団体|館)|いくつ)/u;
/** How much is left asked (「あと何件残ってる」「残りはいくら」「いくら残ってる」). */
const REMAINDER_ASKED =
  /(?:(?<![たのだ])あと|残り)[^。？?、]{0,8}(?:何|いくつ|いくら|どのくらい|どれくらい|どれだけ)[^。？?、]{0,6}残|残り[^。？?、]{0,8}(?:何|いくつ|いくら|どのくらい|どれくらい|どれだけ)|(?:何\s*\p{Script=Han}{0,2}|いくつ|いくら|どのくらい|どれくらい|どれだけ)残って/u;
/**
 * The words of a plan put off (「…実験、結局やめた」: No.10's 導入を見送った), told of what their sentence is about, not
 * only of the word next to them (see Answerer.untoldDeed).
 */
const PUT_OFF = ["見送", "中止"];
/** The words the report would use for something ending (廃止, 統合 …, 見直 of a rule, and a plan put off). */
const ENDED = [
  "廃止",
  "閉鎖",
  "廃院",
  "閉校",
  "廃校",
  "統合",
  "休止",
  "縮小",
  "撤退",
  "閉館",
  "集約",
  "見直",
  "改正",
  ...PUT_OFF,
];
/** A kind of facility (folded), the end of a facility's name: せんたー, 館, 所, 場, 園. */
const FACILITY_KIND = /^(?:せんたー|会館|館|所|場|園|施設)$/u;
/** Contracting out, in the report's words (folded): アウトソーシング, 委託, 民営化, 民間. */
const OUTSOURCED = ["あうとそーしんぐ", "委託", "民営", "民間"];
/**
 * Deeds a rumour tells in everyday verbs (「分院がなくなる」「市民病院が民間に移る」), with the words the report would
 * write them in (folded). Read only in rumours (see Answerer.untoldDeed).
 */
const EVERYDAY_DEEDS: readonly (readonly [RegExp, string[]])[] = [
  [
    /なくな(?:る|った|り|っちゃう)|無くな(?:る|った|り)|なくす|やめ(?:る|た|ちゃう)|止め(?:る|た|ちゃう)|閉め(?:る|た|ちゃう)|閉じ(?:る|た|ちゃう)/u,
    ENDED,
  ],
  [/(?:民間|県|国|よそ)に(?:移る|移す|移った|移され|なる|売)/u, ["民営", "移管", "譲渡", "民間", "売却"]],
  [/建て?替え(?:る|た|ちゃう|られ|するっ)?|建てなお|建て直/u, ["建替", "建て替え", "改築", "新築", "建設"]],
  // 「給食センターの調理を民間委託するって噂」: contracting out is told of what the report contracts out (広報おおさき's
  // production, the waterworks' operations), in one of its sentences, not of any service.
  [/委託|外注|アウトソーシング|民営化|(?:民間|業者)に(?:任せ|まかせ|出す|出し|丸投げ)/u, OUTSOURCED],
  [
    /(?<=[がに])(?:入る|入った)(?=って|と|の|らしい|みたい)/u,
    ["出店", "入居", "設置", "開設", "誘致", "整備", "移転", "統合", "複合", "集約"],
  ],
];

/** A plan of the state's (「国の自治体DX推進計画」): group 1 is its name. */
const STATE_PLAN = /(?<!\p{Script=Han})国の([^。、？?]{0,15}?(?:計画|指針|ガイドライン|方針))/u;
/** A plan of the state's asked about as a document: its revision, next or latest version, full text, its period. */
const STATE_PLAN_ITSELF = new RegExp(
  `${STATE_PLAN.source}[^。？?]*?(?:改定|改訂|次の|次期|最新版|全文|いつまでの(?:計画|期間)|計画期間)`,
  "u",
);

/** What follows a topic set aside (「…じゃなくて」「…ではなく、」): the topic asked instead. */
const CORRECTED_TOPIC =
  /^[^。？?]{2,20}?(?:じゃなくて|ではなくて|でなくて|じゃなく|ではなく)[、,\s]*(.{2,})$/u;

/**
 * A ranking by the rate against the target (「達成率が一番高い」「達成率の低い順」); group 1 is set when the lowest
 * come first. Not 「一番遅れてる項目」: that asks for the items behind, most of which have no rate.
 */
const RANKED_BY_RATE =
  /達成率(?:が|の|で)?(?:(?:一番|最も|いちばん|もっとも)?(?:(低い|悪い|小さい)|高い|良い|大きい)(?:順|もの|項目|取組)?|(?:の)?順)/u;

/** A target's figure or the rate against it, asked (「目標は何円」「目標額はいくら」「達成率は何%」). */
const TARGET_FIGURE_ASKED =
  /目標(?:値|額|件数|人数)?(?:は|って|の)?(?:何|なん|いくら|いくつ|どれ(?:くらい|ぐらい))|達成率/u;

/** What stands before 以外 (「順調な項目以外」: 順調な項目): read for a status alone. */
const STATUS_EXCEPTED = /^\s*([^。、，,？?]{1,12}?)(?:の|な)?(?:項目|取組|取り組み|もの)?以外/u;

/** A company or other body asked for by name (どこの会社, 企業の名前, 業者名, 「…社会福祉法人、名前なんでしたっけ」). */
const ORGANISATION_ASKED =
  /(?:どこの|どの|何という|なんという|何て|なんて)(?:会社|企業|業者|事業者|法人|社会福祉法人|npo法人|団体|お店|店舗|店|旅館|ホテル)|(?:会社|企業|業者|事業者|法人)(?:の|って|は)?(?:[、,]\s*|\s+)?(?:名前|名称|名|一覧|リスト)|[0-9]\s*(?:社|団体|法人)の(?:名前|名称|一覧|リスト)|(?:社名|企業名|会社名|法人名|団体名)|(?:会社|企業|業者|事業者|指定管理者|委託先|受託者)(?:は|って|が)?[、,\s]*(?:どこ|誰|だれ)|(?:誰|だれ|どこ)に(?:売っ|売却し|貸し|譲渡し)|(?:受託|落札|契約|購入|買収)した(?:の|ところ)(?:は|って)(?:どこ|誰|だれ)|(?:誰|だれ|どこ)が(?:買っ|買い取っ|購入し|落札し|借りて)|(?:法人|団体|事業者|会社)の名前/u;
/**
 * A body named in the report's text: a company's legal form, or a name in capitals in brackets (「…増設した。（ＡＮＡ）」).
 * Not capitals alone: AI, RPA and DX name no one.
 */
const ORGANISATION_NAME = /株式会社|有限会社|合同会社|[（(]株[）)]|[（(][A-ZＡ-Ｚ]{2,}[）)]/u;
/** What every STATUS_DENIED ends in (も…なく, では…ない, じゃ…なく). */
const DENIAL_WORD = /(?:も|では|じゃ)(?:ない|なく|無く)/u;
/**
 * A deed the report tells of, done, and what it was done to, just before 「って」「は」: 「譲与できた集会施設って」
 * 「売却した土地は」「統合した学校って」.
 */
const DEED_DONE_TO =
  /(?:譲与|譲渡|売却|統合|廃止|導入|設置|開校|移転|貸付|貸し付け|集約|増設)(?:でき|し|され)た[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:って|は)\s*$/u;
/** The kind examples are of, named right after など without の (「公民館や図書館など社会教育施設」). */
const EXAMPLES_OF_KIND = /^[^、。，,？?\s]{1,12}?など(?=[\p{Script=Han}\p{Script=Katakana}])/u;
// Not と after a quotation (「…集まったの？』と電話で」): that と says what was asked.
const EXAMPLES_JOINED =
  /とか(?!の)|(?<=[^\p{Script=Hiragana}\s、。」』）)?？!！])[とや](?=[^\p{Script=Hiragana}\s、。])/u;
/** A noun phrase (words joined by の, への, での, との) at the end of a text, and at its start: the examples around とか. */
const EXAMPLE_BEFORE =
  /((?:[^\p{Script=Hiragana}\s、。，,？?！!]+[へでと]?の)*[^\p{Script=Hiragana}\s、。，,？?！!]+)$/u;
const EXAMPLE_AFTER =
  /^[\s、，,]*((?:[^\p{Script=Hiragana}\s、。，,？?！!]+[へでと]?の)*[^\p{Script=Hiragana}\s、。，,？?！!]+)/u;

/** An item whose 総評 says a step of the year was not done, with the sentence that says so (No.2's 予算編成への反映). */
export type NotDoneStep = { item: PlanItem; quote: string };

export type ListReason =
  | {
      type: "department";
      departments: Department[];
      status?: Status;
      not?: true;
      /** Under 「〇〇課の遅れている項目」, the department's items whose 総評 says a step was not done (as for the plan). */
      notDoneElsewhere?: NotDoneStep[];
    }
  /** Several items asked at once (「18と19」, 「AとB、それぞれ」): each is shown, none dropped. */
  | { type: "numbers" }
  /**
   * `missedTarget`: only the items behind because they missed a target (「目標に届かなかった項目」; `inMoney`: a
   * target in money, 「金額の目標に届かなかった」), with the
   * other items behind (`alsoBehind`), which the answer names so that nothing behind is hidden.
   */
  | {
      type: "status";
      status: Status;
      /** The items whose status is not `status` (「遅れてない項目」). */
      not?: true;
      /** `notDone`: items of another status whose 総評 says a step was not done (No.2), named under the list. */
      missedTarget?: {
        alsoBehind: PlanItem[];
        notDone?: NotDoneStep[];
        inMoney?: boolean;
      };
      /**
       * Under 「遅れている項目」, the items of another status whose 総評 says a step of the year was not done (No.2:
       * 「令和6年度の当初予算編成に反映させることはできなかった」), with that sentence: many readers of the report count
       * them as behind, and the list names them so that the asker can judge.
       */
      notDoneElsewhere?: NotDoneStep[];
      /**
       * Under 「順調に進んでいる項目」, after the items 順調: those not rated whose report tells of no delay (`clear`),
       * and, named under the list but not in it, the items 順調 whose 総評 says a step of the year was not done
       * (`setAside`: No.2) and the items achieved (`achieved`: a status of their own, as 遅れ is).
       */
      onTrackToo?: { clear: PlanItem[]; setAside: NotDoneStep[]; achieved: PlanItem[] };
      /**
       * A status asked of a field's items (`field`: 「デジタル関係で」; `noneHas`: none of them has it, and the list is
       * the field's items) or of all but some (`excluded`: 「ふるさと納税と遊休資産以外で」).
       */
      scope?: { field?: string; noneHas?: boolean; excluded?: number[]; within?: number[] };
    }
  /**
   * The items whose 総評 says a step of the year was not done or put off (`says`), and with `withBehind` every item
   * behind as well (「未達とか、できなかったやつ」); of the `departments` named only (「行政管理課のうち、見送りになった
   * もの」).
   */
  | { type: "unfinished"; says: Unfinished[]; withBehind: boolean; departments?: Department[] }
  /** Every item, or every one but those `excluded` (「ふるさと納税以外の項目」). */
  | { type: "all"; excluded?: number[] }
  /** The items whose title holds `term` (「項目名に「見直し」が付いてる取組」): No.4, No.5 and No.13. */
  | { type: "titled"; term: string }
  /**
   * 「達成率が一番高い項目」「達成率の低い順」: the items whose status rests on a rate against a target, highest
   * (`high`) or lowest first. The others have no rate to rank: the answer's note says how many.
   */
  | { type: "rated"; order: "high" | "low" };

/** Why items are offered: every one whose report text mentions a term (「鹿島台に関係する項目」). */
export interface MentionedTerm {
  term: string;
  /** Other forms of the term the report writes for some of the items (新庁舎が供用開始 for 新庁舎の供用開始). */
  alsoAs?: string[];
}

type AnswerBody = (
  | { kind: "help"; query: string }
  | {
      kind: "item";
      query: string;
      item: PlanItem;
      /** The report's sentences that best answer the question (「質問に関係する記述」), best first. */
      passages?: ScoredPassage[];
    }
  | { kind: "list"; query: string; items: PlanItem[]; reason: ListReason }
  | {
      kind: "candidates";
      query: string;
      items: PlanItem[];
      /**
       * Set when the items are every one the report mentions the asked term in (「鳴子に関係する項目」): offered
       * to pick from like 「もしかして」, but under a heading that says why, and not a question left unanswered.
       */
      mentions?: MentionedTerm;
    }
  | {
      kind: "none";
      query: string;
      /**
       * `thanks` and `greeting`: small talk, answered in kind; `not_japanese`: a question in another language,
       * answered in Japanese with one line saying the bot reads Japanese; `year_without_figures`: a figure asked for
       * a year the data has none of, about item `number` (the note says which years it has).
       */
      reason:
        | "no_match"
        | "out_of_range"
        | "not_about_plan"
        | "thanks"
        | "greeting"
        | "not_japanese"
        | "year_without_figures";
      number?: number;
      range: [number, number];
    }
) & {
  /**
   * What the person should know about the answer, e.g. that the fiscal year they asked about has no results in
   * the data yet and the latest year is shown instead, or that a number they gave is not an item.
   */
  note?: string;
};

export type Answer = AnswerBody;

/** Content must be explained this well by one item's phrases before it is answered with that item. */
const MIN_COVERAGE = 0.5;
/** Runners-up within this share of the best score make the answer ambiguous. */
const CLOSE_SHARE = 0.85;
/** A second topic must explain at least this share of the words it is offered for. */
const SECOND_TOPIC_STRENGTH = 0.6;
/** A single matched character is never enough. */
const MIN_SCORE = 2;
/** Within a department the few items there are already narrowed down, so weaker evidence will do. */
const MIN_SCORE_IN_DEPARTMENT = 1;

/** The passage search answers with one item only when it explains this share of the question's weight. */
const MIN_PASSAGE_COVERAGE = 0.45;
/** …or scores this many times the runner-up while explaining at least MIN_DOMINANT_COVERAGE of the question. */
const DOMINANCE = 2;
const MIN_DOMINANT_COVERAGE = 0.25;
/** …and shares with it a term at least this long (characters): one common bigram is a coincidence. */
const MIN_TERM_LENGTH = 3;
/** …and the runner-up scores below this share of the best; otherwise both are offered. */
const PASSAGE_CLOSE = 0.8;
/** How much of a question is read (characters). */
export const MAX_QUESTION_CHARS = 500;
/** A word only one item's text uses, this long or longer (characters), names that item among bigram matches. */
const DISTINCT_WORD_LENGTH = 4;
const SHARED_CLOSE = 0.6;
/** A word in more than this share of the items is common: it tells no item from another. */
const COMMON_WORD_SHARE = 0.25;
/** The most items an uncommon word is written by in a large plan (see Answerer.uncommon). */
const UNCOMMON_AT_MOST = 50;
/** How many uncommon words of a question one sentence must hold to decide it (see toldTogether). */
const TOLD_TOGETHER = 3;
/** A quoted phrase shorter than this (characters, folded) is a word, not a passage copied from the report. */
const MIN_QUOTE_LENGTH = 4;
/**
 * Another government doing something itself, or what it decides for others: 「県庁で」「宮城県がやってる」「国が進めて
 * いる」「宮城県全体で」「総務省のガイドライン」, an average over the prefecture or the country (「県内の…の平均」);
 * and 「国の…計画」 that the report does not name (see
 * namesAnotherGovernment).
 */
const GOVERNMENT_ACTING =
  /(?:県庁|省庁)(?:で|が|の|では)|(?:宮城県|県内|全国)全体|(?:宮城)?県内(?:の|で)[^。？?]{0,16}平均|全国(?:の)?平均|(?:総務|厚生労働|厚労|文部科学|文科|国土交通|国交|財務|経済産業|経産|環境|農林水産|農水)省|(?:デジタル|こども家庭)庁|内閣府|(?<!\p{Script=Han})(?:宮城県|県|国)(?:が|で|では)(?:やって|行って|実施して|導入して|進めて|取り組んで)/u;
/**
 * An example before the word for its kind: 「公民館みたいな」 of 「公民館みたいな集会所」, 「公民館とかの」 of 「公民館とかの
 * 社会教育施設」. With とか and など only before a kind of place or body (施設, 団体): 「市有地とかの貸付」 is what is lent.
 */
const EXAMPLE_OF_KIND =
  /[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:(?:みたいな|のような)(?=[\p{Script=Han}\p{Script=Katakana}ー]{2,})|(?:とかの|などの)(?=[\p{Script=Han}\p{Script=Katakana}ー]*(?:施設|機関|団体|制度|料金|使用料|利用料)))/gu;
/** 「…に「〇〇」とありますが、」: a quote from the report given as the ground of a question, up to where it asks. */
const QUOTED_AS_GROUND =
  /^.*「[^「」]+」\s*(?:と|って)(?:あります|ある|書いてあります|書いてある|書かれています|書かれてる|記載されています|記載がある|記載があります)(?:が|けど|けれど|のですが|んですが)[、,]?/su;
/** 「〇〇に関係する項目」 lists the items that mention 〇〇 only when they are at most this share of the plan. */
const MENTIONS_SHARE = 0.4;
/** How many recent questions' answers are kept (see Answerer.answer): a few hundred short strings and answers. */
const RECENT_ANSWERS = 256;
/** 「遅れてる項目、…」「未達の取組と…」: the items behind, named as a list beside another. */
const BEHIND_LISTED =
  /(?:遅れ(?:てい|て)?る|遅延している|未達(?:成)?の?)(?:項目|取組|取り組み|もの|やつ)(?:[、,・]|と|や|とか|も)/u;
/** 「実績がゼロ件だった」「結果が0件」: a result of zero asked for. */
const ZERO_RESULT = /(?:実績|結果|成果|件数)(?:が|は|って)?\s*(?:ゼロ|0|零)(?![0-9.,])/u;
/** Words that say what something has to do with (関係, 関連, 絡み). */
const TIES = "(?:関係|関連|絡み|がらみ)";
/** 「選挙関係」「広報おおさき関連」: 関係 after a field's name, not after a particle (鹿島台に関係する). */
const FIELD_OF = new RegExp(String.raw`(?<=\S{2})(?<![にとへでがはをのも])${TIES}$`, "u");
/** The same words right after a department's name (「デジタル戦略課関係の取組」). */
const FIELD_AFTER = new RegExp(`^${TIES}`, "u");
/** How many sentences of the report an answer quotes. */
const MAX_PASSAGES = 3;

/**
 * An alias that joins two words with の (市税の滞納, 使用料の滞納) also in the forms a sentence puts them in: 「市税を
 * 滞納している」「市税が滞納された」.
 */
function withParticleForms(aliases: readonly string[]): string[] {
  const joined = /([\p{Script=Han}\p{Script=Katakana}ー]+)の([\p{Script=Han}\p{Script=Katakana}ー]+)/u;
  return aliases.flatMap((a) => {
    const m = joined.exec(a);
    if (!m) return [a];
    return [a, ...["を", "が"].map((p) => a.replace(joined, `$1${p}$2`))];
  });
}

export interface AnswererOptions {
  /** How many recent questions' answers to keep (default 256); 0 keeps none, so that a benchmark times the matcher. */
  recentAnswers?: number;
}

/** Words that ask for an item's results rather than which items are about a topic. */
const RESULTS_ASKED = /実績|結果|成果|効果|総評|見込み|評価|件数|売却額|貸付額|達成|どうだった|どうでした/;

/** A word of the question as the asker typed it (LINE, not the folded line), or as read when not found there. */
function asTyped(query: string, word: string): string {
  const typed = query.normalize("NFKC");
  const lower = typed.toLowerCase();
  const at = lower.indexOf(word);
  // Only where lowering kept every character in place, so that the slice is the same characters.
  return at >= 0 && typed.length === lower.length ? typed.slice(at, at + word.length) : word;
}

export class Answerer {
  private readonly index: TopicIndex;
  private readonly passages: PassageIndex;
  /** The question in the report's words (everyday phrases, katakana typed in hiragana, kanji abbreviations). */
  private readonly words: ReportWords;
  /** Each item's title and aliases of four or more characters, folded once (see namedItem). */
  private readonly names: ItemNames[];
  /** Each name form of `names` under its first two characters, with the index of its entry there (see namesIn). */
  private readonly namesByPrefix = new Map<string, { form: string; name: number }[]>();
  /** Each item's title and aliases, folded once: which of a hit's matched phrases are its names. */
  private readonly foldedNames: Map<number, string[]>;
  /** Every item's title and aliases, folded once: whether a word is one item's name is asked per question. */
  private readonly allNames: Set<string>;
  /** Every item's title, aliases and keywords, folded once (病院ビジョン: a keyword of No.20's). */
  private readonly namesAndKeywords: Set<string>;
  /** How many items 「〇〇に関係する項目」 may list (see MENTIONS_SHARE): five, or more in a large plan. */
  private readonly mentionsShare: number;
  /** Departments' names folded, once each (a large plan names the same few on thousands of items). */
  private readonly foldedDepartments = new Map<string, string>();
  /** The plan's departments as a question may name them (see ask/departments.ts). */
  private readonly departments: DepartmentFinder;
  private readonly range: [number, number];
  /** The plan's own number in its series (6 of 第6次集中改革プラン), "" if its name has none (see namesAnotherPlan). */
  private ownOrdinal: string | undefined;
  /** Each item's text, folded, made when a question first quotes a phrase (see quotedItem). */
  private itemTexts: { item: PlanItem; text: string }[] | undefined;
  /** All of the plan's own text, folded: a place the plan names is not "another city". */
  private readonly planText: string;

  /** How many recent answers are kept (see answer). */
  private readonly recentLimit: number;

  constructor(
    private readonly plan: Plan,
    options: AnswererOptions = {},
  ) {
    this.recentLimit = options.recentAnswers ?? RECENT_ANSWERS;
    this.index = new TopicIndex(
      plan.items.map((i) => ({
        id: i.number,
        title: i.title,
        aliases: withParticleForms(i.aliases),
        keywords: i.keywords,
        body: [
          ...i.measures,
          ...i.schedule.map((r) => r.label),
          ...i.effects.flatMap((e) => e.figures.map((f) => f.label.replace(/[（(].*?[）)]/g, ""))),
          ...(i.receivables?.rows.map((r) => r.name) ?? []),
        ],
      })),
    );
    this.passages = createPassageIndex(plan);
    this.mentionsShare = Math.max(5, plan.items.length * MENTIONS_SHARE);
    this.foldedNames = new Map(plan.items.map((i) => [i.number, [i.title, ...i.aliases].map(fold)]));
    this.allNames = new Set([...this.foldedNames.values()].flat());
    this.namesAndKeywords = new Set([...this.allNames, ...plan.items.flatMap((i) => i.keywords.map(fold))]);
    this.names = plan.items.map((item) => ({
      item,
      forms: (this.foldedNames.get(item.number) ?? []).filter((f) => [...f].length >= 4),
    }));
    this.names.forEach(({ forms }, name) => {
      for (const form of forms) {
        const prefix = form.slice(0, 2);
        const list = this.namesByPrefix.get(prefix);
        if (list) list.push({ form, name });
        else this.namesByPrefix.set(prefix, [{ form, name }]);
      }
    });
    this.departments = new DepartmentFinder(plan, this.index, this.passages);
    const numbers = plan.items.map((i) => i.number);
    this.range = [Math.min(...numbers), Math.max(...numbers)];
    // Folded piece by piece and then joined: the same text as folding the joined whole (fold drops the white
    // space that joined them), but folding one giant string cost ~75% of the build and grew faster than the plan.
    // Joined item by item, without remembering each sentence (foldOnce): every sentence and its folded form kept
    // until the end (or in normalize's memory) lived long enough to be copied into the old generation, and a
    // large plan's build then spent its time in garbage collections that traced them (issue 14).
    this.planText = plan.items.map((item) => itemSentences(item).map(foldOnce).join("")).join("");
    this.words = new ReportWords(plan, this.passages, this.planText);
  }

  /**
   * The answers to the last RECENT_ANSWERS questions, by their text. People ask the same few things over and over
   * (「遅れ」, 「18」, this week's topic), and an answer depends only on the plan and the question, so a repeated
   * question skips the matcher (30–120 µs, and most of a mention's own allocation). The cache lives with this
   * Answerer, which a reload replaces. Answers are shared between callers: nothing may change one.
   */
  private readonly recent = new Map<string, Answer>();

  answer(question: string): Answer {
    const known = this.recent.get(question);
    if (known) {
      // Most recently used last, so the oldest is the first key.
      this.recent.delete(question);
      this.recent.set(question, known);
      return known;
    }
    const answer = this.answerUncached(question);
    if (this.recentLimit > 0 && question.length <= MAX_QUESTION_CHARS) {
      this.recent.set(question, answer);
      if (this.recent.size > this.recentLimit) this.recent.delete(this.recent.keys().next().value as string);
    }
    return answer;
  }

  private answerUncached(question: string): Answer {
    const full = question.trim();
    // A question is a sentence or two. What lies past the cap is not read, so a pasted document (Slack allows
    // 40,000 characters) costs no more than a long question; the answer says so.
    const query =
      [...full].length > MAX_QUESTION_CHARS ? [...full].slice(0, MAX_QUESTION_CHARS).join("") : full;
    // Read without Slack's markup (a mention, a link, a quote mark), then without the manners around the question (an
    // apology, thanks, emoji); the answer still echoes the question as it was typed.
    const asked = withoutCityName(withoutMessageManners(stripSlackMarkup(query).trim()));
    const answer = asked === query ? this.answerQuestion(query) : { ...this.answerQuestion(asked), query };
    if (query === full) return answer;
    const cut = `質問が長いため、最初の ${MAX_QUESTION_CHARS} 文字だけを読んで答えています。`;
    return { ...answer, note: answer.note ? `${cut}${answer.note}` : cut };
  }

  private answerQuestion(query: string): Answer {
    const text = withoutGuessedField(
      spacesAsCommas(
        this.words.expandAbbreviations(
          this.words
            .inReportWords(
              this.words.inKanji(
                this.words.inKatakana(
                  withoutAdverbs(kanaQuestionWords(dialectAsStandard(normalize(romajiAsKana(query))))),
                ),
              ),
            )
            .replace(TYPED_MENTION, "")
            // 「/plan 18」 typed as a message means the same as the command.
            .replace(/^\/plan(?:\s+|$)/, "")
            // 令和五年度 as 令和5年度: years in kanji numerals, as written in formal documents.
            .replace(/令和\s*([〇一二三四五六七八九十]+)\s*年/g, (m, k: string) => {
              const n = parseKanjiNumber(k);
              return n === null ? m : `令和${n}年`;
            }),
        ),
      ),
    );
    // 「市民から「…」と来ました。答えられる？」: a message passed on whole, with nothing asked of it but whether the
    // bot can answer it, is the question, answered as if typed alone (who sent it and how is no word of it).
    // The quote is answered as it was typed: read in the report's words (利用料金 as 使用料), it would no longer say
    // what the report lacks.
    const relayed = relayedMessage(text);
    if (relayed !== null) return { ...this.answerQuestion(QUOTED.exec(query)?.[1] ?? relayed), query };
    // What the bot can do, asked alone or after a greeting or a reason (「お疲れ様です。何ができるの?」).
    const request = withoutSurroundings(text);
    if (
      text === "" ||
      HELP.test(text.replace(/[\s?？!！。]+$/u, "")) ||
      (request !== "" && HELP.test(request)) ||
      HELP_ASKED.test(text)
    )
      return { kind: "help", query };
    const small = this.smallTalk(query, text);
    if (small) return small;
    // 「プラン全体で効果額を全部合計するといくら」: the report gives each item's effects, never a sum over the plan.
    if (PLAN_TOTAL.test(text) && (FIGURE_ASK.test(text) || /なんぼ/u.test(text)))
      return {
        kind: "none",
        query,
        reason: "not_about_plan",
        range: this.range,
        note: "報告書には、プラン全体を合計した効果額や件数は載っていません（効果は項目ごとに書かれています）。",
      };
    const pastPlan = this.yearPastPlan(query, text);
    if (pastPlan) return pastPlan;
    // A topic set aside is not asked (「人財育成課の人数の話じゃなくて、定年延長の条例整備って…」): what follows is read,
    // for the answer and for what the answer says the report lacks (see withoutSetAside).
    const asked = this.withoutSetAside(query, text);
    let body = this.bodyOf(query, asked);
    // 「民間の企業と…」: two words joined by の that the report writes as one compound (民間企業) are read so only
    // when the question as typed finds nothing. Read so always, they would hide a term two items share
    // (指定管理者の更新手続き) or a place (宮城県の市町村).
    if (body.kind === "none" && body.reason === "no_match") {
      const joined = this.words.joinedCompounds(asked);
      if (joined !== asked) {
        const again = this.bodyOf(query, joined);
        if (again.kind !== "none") body = again;
      }
    }
    // 「接遇研修の参加者数」: a compound of two of the report's words that it never writes together (it writes
    // 接遇＆マナー研修) is read as the two words, again only when nothing else was found.
    if (body.kind === "none" && body.reason === "no_match") {
      // The request itself: 「資料作成のためです」 says why, and is no topic.
      const request = withoutSurroundings(asked);
      const split = this.splitCompounds(request);
      if (request !== "" && split !== request) {
        const again = this.bodyOf(query, split);
        if (again.kind !== "none") body = again;
      }
    }
    // 「接遇研修の参加者数」: a count's noun that another item labels a figure with (No.6's 参加者数) can outweigh a
    // topic one item writes (No.8's 接遇＆マナー研修（45 人）). When nothing else was found, the topic is read without
    // the noun, and kept when its item counts in the noun's unit.
    if (body.kind === "none" && body.reason === "no_match") {
      const noun = COUNT_NOUN.exec(asked);
      if (noun) {
        const again = this.bodyOf(query, asked.replace(noun[0], " "));
        const unit = noun[1] === "件数" ? "件" : "人";
        if (again.kind === "item" && this.passages.statesCountIn(again.item.number, unit))
          body = this.withPassages(text, again);
      }
    }
    // 「包括の件ってどうなってます？」: one word that two or three items' text writes (包括: No.3's 包括連携協定, No.20's
    // 地域包括ケア, No.21's 包括業務委託) is offered as those items, when nothing else was found.
    if (body.kind === "none" && body.reason === "no_match") body = this.loneTerm(query, text) ?? body;
    // 「公民館の使用料って上がったの？」: a fee asked whether it was raised, which one item's sentence tells the revision of
    // (No.5's 使用料改定), when nothing else was found.
    // So is 「公民館の使用料、4月から上がったってほんと？」 offered as No.5 and No.14 (三本木公民館): the revision's item.
    if ((body.kind === "none" && body.reason === "no_match") || body.kind === "candidates") {
      const revised = this.feeRevisedBy(query);
      if (revised?.kind === "item" && (body.kind === "none" || body.items.includes(revised.item)))
        body = this.withPassages(text, revised);
    }
    if (body.kind === "none" && body.reason === "no_match" && readsAsOtherLanguage(text)) {
      return { ...body, reason: "not_japanese" };
    }
    const unheld =
      this.yearWithoutFigures(query, asked, body) ??
      this.organisationUnnamed(query, asked, body) ??
      this.personUnnamed(query, asked, body) ??
      this.owedForOnly(query, body) ??
      this.countUnwritten(query, asked, body) ??
      this.staffOfUnitUnwritten(query, asked, body) ??
      this.namesUnwritten(query, asked, body) ??
      this.monthUnwritten(query, asked, body) ??
      this.pairUnwritten(query, asked, body) ??
      this.districtUntold(query, asked, body) ??
      this.partOfCountUntold(query, asked) ??
      this.detailUnwritten(query, asked, body) ??
      this.specificsUnwritten(query, asked, body) ??
      this.outcomeNotYet(query, asked, body);
    if (unheld) return unheld;
    const note = [body.note, this.yearNote(text, body), this.noTargetNote(text, body)]
      .filter(Boolean)
      .join(" ");
    return note ? { ...body, note } : body;
  }

  /**
   * The question without a topic it sets aside (「ふるさと納税じゃなくて遊休資産の実績」: what follows), when what follows
   * names an item or a list by itself; else the question as it is (「紙じゃなくて電子で申請」 names nothing after the
   * correction alone, and reads whole).
   */
  private withoutSetAside(query: string, asked: string): string {
    const corrected = CORRECTED_TOPIC.exec(asked)?.[1];
    if (corrected === undefined) return asked;
    const after = this.interpret(query, corrected);
    return after.kind === "item" || after.kind === "candidates" || after.kind === "list" ? corrected : asked;
  }

  /** What a question in the report's words asks, with the passages that answer it. */
  private bodyOf(query: string, text: string): AnswerBody {
    const body = this.countedByAnother(
      text,
      this.eachOf(
        text,
        this.eitherOf(
          text,
          this.excludingStatus(query, text) ??
            this.excludingOnly(query, text) ??
            this.withSeveralNumbers(query, text) ??
            this.withNumbers(query, text) ??
            this.quotedItem(query, text) ??
            this.titledWith(query, text) ??
            this.mentioning(query, text) ??
            this.byClauses(query, text),
        ),
      ),
    );
    // 「…の研修って、8番の人財育成と13番のどっちの取組？」: when the question asks which of the items it names by
    // number, and is not answered by one of them, the choice is made among them alone.
    return this.withPassages(text, this.whichOfNumbered(query, text, body) ?? body);
  }

  /** The items whose 【担当課】 line holds `term` (folded): 総合支所 of No.1's 各総合支所地域振興課. */
  private itemsWhoseDepartmentsName(term: string): number[] {
    return this.plan.items
      .filter((i) => i.departments.some((d) => this.foldedDepartment(d).includes(term)))
      .map((i) => i.number);
  }

  private foldedDepartment(name: string): string {
    let folded = this.foldedDepartments.get(name);
    if (folded === undefined) {
      folded = fold(name);
      this.foldedDepartments.set(name, folded);
    }
    return folded;
  }

  /**
   * 「令和4年度のふるさと納税の寄附額は？」「R8.4.1時点の職員数の計画値は何人？」: a figure asked for a year outside the
   * plan's (令和5～7年度) that the report names elsewhere but gives no figures of. The item's card would put another
   * year's figure where that year's was asked; the answer says that year has none and where the item's are. Only
   * a year written out: 「昨年度」 from staff asking in 令和6年度 means 令和5年度. Not when one of the item's sentences
   * names the year with a figure (No.6's 令和4年度実績調査 63 ポイント).
   */
  private yearWithoutFigures(query: string, text: string, body: AnswerBody): AnswerBody | null {
    // 「R8の市民満足度の目標」: offered as two items (No.1, No.6), a year none of them has figures for is still none's.
    const items = itemsOf(body);
    if (items.length === 0) return null;
    // 「…の寄附額は？」「…の寄附目標ってわかる？」: a quantity named at the end asks for its figure as 「いくら」 does; so
    // does asking whether it is set yet (「令和８年度の目標額ってもう決まってる？」), and so does a question relayed as
    // it came (「…の寄附目標は？と照会きてます」).
    const asksFigure =
      FIGURE_ASK.test(text) ||
      /(?:[額数率]|目標|目標値|計画値|見込み?)(?:は|って|(?:は|を|も)?教えて(?:ください|下さい|ほしい)?|(?:は|って)?(?:わかり(?:ます|ません)か?|分かり(?:ます|ません)か?|わかる|分かる|なんぼ|いくら)|(?:が|を)?知りたい(?:です)?|(?:は|って|も)?(?:もう)?(?:決ま(?:って(?:る|います|いる)|った|りました)|出て(?:る|います|いる)|あります|ある)(?:か|の|んですか)?)?[?？。\s]*(?:と(?:照会|質問|問い合わせ|聞かれ|言われ)[^。？?]*)?$/u.test(
        withoutSurroundings(text),
      );
    const { first, last } = this.plan.meta.fiscal_years;
    const current = this.plan.meta.current_fiscal_year;
    // 「R4と比べて…どれだけ増えた？」: the year compared with is not the year asked about. Nor is a plan's span in
    // brackets (「次期定員管理計画（R7〜11）で、令和11年度の職員数は」), when another year is named.
    const compared = text.replace(/来年度|昨年度|前年度/g, " ").replace(COMPARED_YEAR, " ");
    const asked =
      mentionedFiscalYear(compared.replace(SPAN_IN_BRACKETS, " "), current) ??
      mentionedFiscalYear(compared, current);
    if (asked === null) return null;
    // 「R6の寄附の実績、もう出てる？」「R6の医業収支比率の実績（確定値）」: results of a year of the plan that the report
    // (of the current year's results) has only estimates for. Not 「R6の見込みとR5の実績」: an estimate is asked too.
    const resultNotYet =
      asked > current && asked <= last && RESULT_ASKED.test(text) && !ESTIMATE_ASKED.test(text);
    if (resultNotYet)
      return this.yearHasNone(query, items, `${fiscalYearLabel(asked)}の実績はまだデータにありません。`);
    // 「滞納整理の推進のR4実績わかる？」: a year before the plan's results asked for is a figure asked (not 「令和3年度の
    // 審査会の指摘事項…R5の実績」: the results of another year).
    const yearResults = YEAR_RESULTS.exec(text)?.[1];
    const beforeResultsAsked =
      asked < first && yearResults !== undefined && mentionedFiscalYear(yearResults, current) === asked;
    const year = fold(fiscalYearLabel(asked).replace(/度$/, ""));
    // 「総合防災情報システム、R8年度は何やる予定？」: what is done in a year after the plan's, that no item offered
    // writes (the report names 令和8年 only for No.1's new system and No.14's school merger), is none of theirs. Not
    // where the report says so (「…令和9年4月施行予定でしたよね。それが載ってる項目は」): the asker read it there.
    if (
      asked > last &&
      !(asksFigure || beforeResultsAsked) &&
      !WHERE_WRITTEN.test(text) &&
      !items.some((i) => this.passages.itemContains(i.number, year))
    )
      return this.yearHasNone(
        query,
        items,
        `${fiscalYearLabel(asked)}はこのプランの期間（${fiscalYearLabel(first)}～${fiscalYearLabel(last)}）の後の年度で、報告書には書かれていません。`,
      );
    if (!(asksFigure || beforeResultsAsked) || (asked >= first && asked <= last)) return null;
    // The figure asked is the last word before the ask (回答率 of 「R4のエンゲージメント調査の回答率は何％」): where the
    // item writes it, the year's sentence must too (No.8 gives 令和4年度 figures of 自己成長 and 組織風土 only).
    const lastWord = countedTerms(text.replace(FISCAL_YEAR, " ")).at(-1);
    const label = lastWord === undefined ? undefined : fold(lastWord);
    const holds = (item: PlanItem) => {
      const passages = passagesOf(item).map((p) => ({
        text: fold(p.text),
        figures: figuresIn(p.text).length,
      }));
      const labelled = label !== undefined && passages.some((p) => p.text.includes(label));
      return passages.some(
        (p) => p.text.includes(year) && p.figures > 0 && (!labelled || p.text.includes(label)),
      );
    };
    if (items.some(holds)) return null;
    return this.yearHasNone(query, items, `${fiscalYearLabel(asked)}の数字はデータにありません。`);
  }

  /** What the data holds, said of a year named in `text` that is not one of the plan's; null for none such. */
  private yearOutsidePlan(text: string): string | null {
    const { first, last } = this.plan.meta.fiscal_years;
    const current = this.plan.meta.current_fiscal_year;
    const asked = mentionedFiscalYear(text, current);
    if (asked === null || (asked >= first && asked <= last)) return null;
    return `${fiscalYearLabel(asked)}の数字はデータにありません。このプランのデータにあるのは${this.yearsHeld()}です。`;
  }

  /** 「令和5年度の実績と令和6年度～令和7年度の見込み」: which years the data holds, and what of them. */
  private yearsHeld(): string {
    const { last } = this.plan.meta.fiscal_years;
    const current = this.plan.meta.current_fiscal_year;
    return current < last
      ? `${fiscalYearLabel(current)}の実績と${fiscalYearLabel(current + 1)}～${fiscalYearLabel(last)}の見込み`
      : `${fiscalYearLabel(current)}の実績`;
  }

  /** No item for a year's figures the data does not hold: `said`, and which years the item's data holds. */
  private yearHasNone(query: string, items: readonly PlanItem[], said: string): AnswerBody {
    const held = this.yearsHeld();
    const named = items.map((i) => `No.${i.number} ${i.title}`).join("、");
    return {
      kind: "none",
      query,
      reason: "year_without_figures",
      number: (items[0] as PlanItem).number,
      range: this.range,
      note: `${said}${named} のデータにあるのは${held}です。`,
    };
  }

  /**
   * 「旧消防庁舎跡地を買ったのってどこの会社？」「寄附してくれた企業の名前、一覧ありますか」「…13社の名前」「社会福祉法人
   * って、名前なんでしたっけ」: a company asked for by name,
   * where the item's report names none (No.3 names 東日本電信電話株式会社, No.18 ＡＮＡ). Answered with the item, the card
   * would look like the answer; the asker is told the report does not say, and where its topic is.
   */
  private organisationUnnamed(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if ((body.kind !== "item" && body.kind !== "candidates") || !ORGANISATION_ASKED.test(text)) return null;
    // The sentences that answer the question, when it found some: No.3 names its partner in the agreement
    // (東日本電信電話株式会社), not who bought or took on the rest of its work. A choice of items is told so only when
    // none of them names a body (「ひまわりの丘の指定管理者ってどこ」: No.3 and No.15 tell of designated managers).
    const asked =
      body.kind === "candidates"
        ? body.items.flatMap((item) => passagesOf(item))
        : body.passages?.length
          ? body.passages
          : passagesOf(body.item);
    if (asked.some((p) => ORGANISATION_NAME.test(p.text))) return null;
    // Shops asked of (どこのお店, どの旅館) are named as such.
    const who = /(?:お?店|店舗|旅館|ホテル)/u.test(ORGANISATION_ASKED.exec(text)?.[0] ?? "")
      ? "お店や事業者"
      : "会社や団体";
    return this.toldOfItems(query, `報告書には${who}の名前が書かれていません。`, itemsOf(body));
  }

  /**
   * 「政策アドバイザーってどなたがなってるんですか」: a person asked for by their role, which the report names no one in
   * (PERSON_NAME). The item's card, or a choice of items that tell of the role, would look like the answer.
   */
  private personUnnamed(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if ((body.kind !== "item" && body.kind !== "candidates") || !PERSON_ASKED.test(normalize(text)))
      return null;
    const items = itemsOf(body);
    if (items.some((item) => passagesOf(item).some((p) => PERSON_NAME.test(p.text)))) return null;
    return this.toldOfItems(query, "報告書には人の名前は書かれていません。", items);
  }

  /**
   * The question's own words of three characters or more that `item` writes: what a month or an outcome is asked of
   * (see monthUnwritten, outcomeNotYet).
   */
  private termsItemWrites(text: string, item: number): string[] {
    return countedTerms(text).filter((t) => [...t].length >= 3 && this.passages.itemContains(item, t));
  }

  /**
   * 「病院機能評価の受審って、何月ごろの予定ですか」: the month of something the item tells of in sentences that name no
   * month (No.20 plans the review for 令和7年度). The item's card would look like the answer; where the item's sentences
   * of it give a month (滞納整理強化月間, the agreement of 令和5年10月), they are the answer.
   */
  private monthUnwritten(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if (body.kind !== "item" || !/何\s*月|なんがつ/u.test(text)) return null;
    const terms = this.termsItemWrites(text, body.item.number);
    if (terms.length === 0) return null;
    const telling = this.passages.passagesWith(body.item.number, terms);
    if (telling.length === 0 || telling.some((p) => /[0-9０-９]\s*月/u.test(p.text))) return null;
    return this.toldOf(query, "報告書には、何月かは書かれていません。", body.item);
  }

  /**
   * 「廃止になった3件の事業名」「RPAを本格導入した10件の業務名」「統合後の校名」: the names of what the report only counts
   * or plans. It names no 事業, 業務, 手続 or project it counts, nor a school yet to be; the item's card would look like
   * the answer, so the asker is told the report does not say, and where the topic is.
   */
  private namesUnwritten(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if (body.kind !== "item") return null;
    const typed = normalize(text);
    const named = NAMES_ASKED.exec(typed)?.[0];
    // 「電子申請4件って、具体的にどの手続」「ポータルサイト3つって、どこのサイト」: which of several things counted.
    const counted = named === undefined ? WHICH_OF_COUNTED.exec(typed) : null;
    const which =
      counted !== null &&
      !ITEM_OF_IT_ASKED.test(typed) &&
      !listedAfterCount(body.item, counted[1] as string, counted[2] as string);
    if (named === undefined && !which) return null;
    const said =
      named === undefined
        ? "報告書には数だけが書かれていて、どれ（どこ）かは書かれていません。"
        : `報告書には「${named.replace(/^(?:なんて|何て|何と|なんと)(?:いう|言う)(.+)$/u, "$1名")}」は書かれていません。`;
    return this.toldOf(query, said, body.item);
  }

  /**
   * 「上下水道部の職員数、定員管理計画だと何人？」「選管事務局の職員定数」「民生委員の定数」: the staff of one department
   * or body, counted by an item (No.7) that counts the whole city's staff only. The item never names that department
   * or body; the asker is told the report gives no such count, and where the topic is.
   */
  private staffOfUnitUnwritten(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if (body.kind !== "item") return null;
    const typed = normalize(text);
    const job = STAFF_OF_JOB.exec(typed)?.[1];
    if (job !== undefined && !/^(?:大崎)?(?:市|全|正|一般|本市)?職員$/u.test(job)) {
      const counted = this.passages
        .passagesWith(body.item.number, [fold(job)])
        .some((p) => /[0-9][0-9,]*\s*人/u.test(p.text));
      const shown = job === "cw" ? "ケースワーカー（CW）" : job;
      if (!counted) return this.toldOf(query, `報告書には「${shown}」の人数は載っていません。`, body.item);
    }
    const staff = STAFF_OF_UNIT.exec(typed);
    const unit = staff?.[1] ?? staff?.[2];
    if (unit === undefined || /^(?:大崎)?市(?:役所)?$/u.test(unit)) return null;
    if (this.passages.itemContains(body.item.number, fold(unit))) return null;
    return this.toldOf(query, `報告書には「${unit}」の職員数・定数は載っていません。`, body.item);
  }

  /**
   * 「師山浄化センターの処理能力って何㎥/日」「返礼品を出してる事業者って今何社」「要介護認定者数R5末で何人」: a count
   * asked in a unit that the item answering never counts anything in. The report gives no such figure, and the item's
   * card would look like the answer (its figures count something else); the asker is told so, and where the topic is.
   */
  private countUnwritten(query: string, text: string, body: AnswerBody): AnswerBody | null {
    // 「…って何月で、どの項目？」: which item holds it is asked too, and the item is that answer.
    if (body.kind !== "item" || ITEM_OF_IT_ASKED.test(text)) return null;
    // 「何年契約」: a length in years, which the item may write (No.20's 「4 か年を計画期間とする」).
    if (DURATION_ASKED.test(normalize(text)) && !passagesOf(body.item).some((p) => YEARS_LONG.test(p.text)))
      return this.toldOf(query, "報告書には、期間の長さ（何年か）は書かれていません。", body.item);
    // 「シンポジウムって何月何日開催」: a date asked of an item that writes fiscal years only.
    // 「…今年はいつ開催」: this year's date, which a report of fiscal years gives only as a month it writes.
    const dateAsked = DATE_ASKED.exec(text);
    const date = dateAsked?.[1] ?? dateAsked?.[2] ?? (THIS_YEAR_WHEN.test(text) ? "月" : undefined);
    const unit = askedUnit(text) ?? date ?? (MONEY_ASKED.test(text) ? "円" : null);
    if (unit === null || this.passages.statesCountIn(body.item.number, unit)) return null;
    // 「ふるさと納税の達成率は何％」: how far along the item is, which the card reckons from its figures.
    if (unit === "%" && ACHIEVEMENT_ASKED.test(text)) return null;
    const said =
      unit === "円"
        ? "報告書には、この話題の金額は載っていません。"
        : `報告書には「何${unit === "%" && /何\s*割/u.test(text) ? "割" : (UNIT_SHOWN[unit] ?? unit)}」にあたる${unit === date ? "日付は書かれていません" : "数字は載っていません"}。`;
    // 「AI・RPAの項目で財政効果の金額って出てますか？」: whether the item the question names states such a figure; its
    // card, with the answer (no), says what it does state.
    // The item named by its title, or as 「〇〇の項目」: not a thing inside it (「総合防災情報システム、構築にいくら
    // かかったか載ってる？」 asks of the system, which the report gives no cost for).
    if (
      STATED_ASKED.test(text) &&
      (fold(text).includes(fold(body.item.title)) || /の項目(?:で|に|では|には|って)/u.test(text))
    )
      return { ...body, note: said };
    return this.toldOf(query, said, body.item);
  }

  /**
   * 「田尻診療所の在宅復帰率は？」: a figure the item prints for some of its places or kinds (在宅復帰率 of three 分院)
   * asked for one it prints another figure for (田尻診療所's 医業収支比率 only). Its card would look like the answer,
   * and the sentence quoted holds the other places' rates; the asker is told the report gives none for that one.
   * Read from the item's figure labels (「在宅復帰率（鳴子温泉分院）」): a base label and the place or kind in brackets.
   */
  private pairUnwritten(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if (body.kind !== "item") return null;
    const pairs = labelPairs(body.item);
    if (pairs.size === 0) return null;
    const asked = fold(text);
    const bases = [...pairs.keys()].filter((b) => asked.includes(b));
    const kinds = new Set([...pairs.values()].flatMap((k) => [...k]));
    const named = [...kinds].filter((k) => asked.includes(k));
    if (bases.length === 0 || named.length === 0) return null;
    // 「本院と田尻診療所の医業収支比率」「鳴子温泉分院と田尻診療所の在宅復帰率」: one pair printed is the answer.
    if (bases.some((b) => named.some((k) => pairs.get(b)?.has(k)))) return null;
    const label = (s: string) => labelShown(body.item, s);
    return this.toldOf(
      query,
      `報告書には「${named.map(label).join("・")}」の「${bases.map(label).join("・")}」は載っていません。`,
      body.item,
    );
  }

  /**
   * 「岩出山分院の病院機能評価、受審の結果はもう出ました？」「…認定取れたんでしょうか」: the outcome of something the item
   * tells of only as planned for a later year (No.20: 「病院機能評価（鳴子温泉分院，岩出山分院）を受審する。」 for 令和6年度).
   * A report of this year's results cannot give it; the card would look like the answer. Where the item tells of it as
   * done (本院's 認定を更新した), the item answers.
   */
  private outcomeNotYet(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if (body.kind !== "item" || !OUTCOME_ASKED.test(normalize(text))) return null;
    const terms = this.termsItemWrites(text, body.item.number);
    if (terms.length === 0) return null;
    const telling = this.passages.passagesWith(body.item.number, terms, { every: true });
    const current = this.plan.meta.current_fiscal_year;
    // A later year's activities are its plan (activities carry no basis); its effect rows say 見込み or 計画.
    const planned = (p: Passage) => p.basis !== "actual" && (p.fiscalYear ?? 0) > current;
    const first = telling[0];
    if (first === undefined || !telling.every(planned)) return null;
    return this.toldOf(
      query,
      `報告書では、このことは${fiscalYearLabel(first.fiscalYear as number)}の予定として書かれていて、結果はまだ載っていません。`,
      body.item,
    );
  }

  /**
   * 「公民館の使用料の減免を受けられる団体の条件を教えてください」「研修日程ってどこで見れますか」: a detail of a
   * procedure or an event (条件, 要件, 日程, 単価, 期限 …) that the item answering never writes. The card would look like
   * the answer; the asker is told the item does not give it, and where the topic is.
   */
  private detailUnwritten(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if (body.kind !== "item") return null;
    const detail = DETAIL_ASKED.exec(normalize(text))?.[1];
    if (detail === undefined || this.passages.itemContains(body.item.number, fold(detail))) return null;
    return this.toldOf(query, `報告書のこの項目には「${detail}」は書かれていません。`, body.item);
  }

  /**
   * 「NTT東日本との包括連携協定って、具体的に何をやるんですか」: the specifics of something the item writes of in one
   * sentence only (No.3: 「…包括連携協定を締結した」, said again in the plan for the next years). Its card would look like
   * the answer; the asker is told the report says no more, and where that sentence is. Something the item writes of in
   * several sentences (補助金・負担金の見直し) is the item's to answer.
   */
  private specificsUnwritten(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if (body.kind !== "item") return null;
    const typed = normalize(text);
    const at = SPECIFICS_ASKED.exec(typed)?.index;
    if (at === undefined) return null;
    const terms = this.termsItemWrites(typed.slice(0, at), body.item.number);
    if (terms.length === 0) return null;
    const telling = this.passages.passagesWith(body.item.number, terms, { sentencesOnly: true });
    // The same sentence again, for the plan's next years (「…を締結した」「…の締結」), is one sentence.
    const said = new Set(
      telling.map((p) => fold(p.text).replace(/(?:した|する|を図った|を図る|の推進|を行った|を行う)$/u, "")),
    );
    const [sentence] = telling;
    if (said.size !== 1 || sentence === undefined) return null;
    return this.toldOf(
      query,
      `報告書に書かれているのは「${sentence.text.replace(/^[・\s]+/u, "")}」だけで、これより具体的な内容はありません。`,
      body.item,
    );
  }

  /**
   * 「集会施設の譲与の対象51件のうち、岩出山地域の分って何件」「Web会議481件のうち、ZoomとWebexの内訳」「職員数979人って、
   * 消防職員も含まれてる数字ですか」: a part of a count the report writes, which the report's sentences with that count
   * never name. The item's card would show the whole count as if it were the part; the asker is told the report gives
   * no such breakdown, and where the count is. A part the sentence names (「188件のうち岩出山地域の分」: 岩出山地域 11 件)
   * is answered by the item, as is a count the report never writes.
   */
  private partOfCountUntold(query: string, text: string): AnswerBody | null {
    const typed = normalize(text);
    const partOf = PART_OF_COUNT.exec(typed);
    const includes = partOf ? null : COUNT_INCLUDES.exec(typed);
    const counted = partOf ?? includes;
    // 「消防職員も定員管理計画の職員数に入ってるんですか」: a figure named by its noun instead of its count.
    const named = counted ? null : FIGURE_INCLUDES.exec(typed);
    const noun = named?.[3] ?? "";
    // 「農業集落排水の効果額って」: what it may hold, not its own figure of the same noun.
    const part = counted?.[3] ?? named?.[1]?.replace(new RegExp(`の${noun}$`, "u"), "");
    if (part === undefined) return null;
    const words = contentRuns(part).filter((w) => !GENERAL_ASK_WORD.test(w));
    if (words.length === 0) return null;
    const count = counted?.[1] ?? "";
    const unit = counted?.[2] ?? "";
    // The figure of whom it is, when named (上下水道の効果額: No.21's, not No.4's).
    const owner = named?.[2] ? contentRuns(named[2]) : [];
    const written = counted
      ? new RegExp(`(?<![0-9,.])${count.replace(/,/gu, "").split("").join(",?")}\\s*${unit}`, "u")
      : null;
    const holds = (p: Passage) =>
      written ? written.test(p.text.normalize("NFKC")) : fold(p.text).includes(fold(noun));
    const owned = this.plan.items.filter((item) =>
      owner.every((w) => this.passages.itemContains(item.number, w)),
    );
    const holding = (owned.length > 0 ? owned : this.plan.items).flatMap((item) =>
      passagesOf(item).filter(holds),
    );
    const first = holding[0];
    // Named in the sentence, typos and all (ぺーぱれす会議: ペーパーレス会議): most of each word's bigrams are there.
    const wordGrams = words.map((w) => gramsOf(w, true));
    const names = (sentence: Passage) => {
      const held = new Set(gramsOf(sentence.text));
      return wordGrams.every(
        (grams) => grams.filter((g) => held.has(g)).length >= Math.max(1, grams.length * 0.6),
      );
    };
    if (first === undefined || holding.some(names)) return null;
    // Shown as typed (ZoomとWebex, not the normalized zoomとwebex).
    const shown = typedForm(query.normalize("NFKC"), fold(part));
    const said = named
      ? `報告書には、「${typedForm(query.normalize("NFKC"), fold(noun))}」に「${shown}」が含まれるかどうかは書かれていません。`
      : includes
        ? `報告書には、${count}${unit}に「${shown}」が含まれるかどうかは書かれていません。`
        : `報告書には、${count}${unit}の内訳（「${shown}」の分）は書かれていません。`;
    return this.toldOf(query, said, this.plan.byNumber.get(first.item) as PlanItem);
  }

  /**
   * 「田尻の小学校の統合っていつの予定？」「鳴子温泉地域で譲与予定の集会施設ってどこ」「かしまだいの総合支所に公民館の
   * 機能を入れる話」: one of the city's districts named as the place of the topic, which the item answering, one that
   * tells of places, never mentions (No.14 tells of 三本木, 鳴子 and 松山). The item's card would tell of other places
   * as if they were the answer; the asker is told the item says nothing of that district, and where the topic is.
   * Not a district that says who asks (「古川総合支所です。」) or who asked them (「鳴子の旅館さんから」).
   */
  private districtUntold(query: string, text: string, body: AnswerBody): AnswerBody | null {
    if (body.kind !== "item" || ITEM_OF_IT_ASKED.test(text)) return null;
    const typed = normalize(text);
    for (const m of typed.matchAll(DISTRICT_OF_TOPIC)) {
      const district = DISTRICT_READINGS[m[1] as string] ?? (m[1] as string);
      const from = typed.slice(m.index);
      if (DISTRICT_OF_ASKER.test(from)) continue;
      if (this.passages.itemContains(body.item.number, fold(district))) return null;
      // Only of an item that tells of places, two districts at least (No.14's 三本木 and 松山); one that names none
      // (No.10) or one in a table's department (No.17's 鹿島台・市民福祉課) tells of the whole city.
      const places = DISTRICTS.filter((d) => this.passages.itemContains(body.item.number, d));
      if (places.length < 2) return null;
      return this.toldOf(query, `報告書のこの項目には「${district}」のことは書かれていません。`, body.item);
    }
    return null;
  }

  /** As toldOf, for a topic one item or a choice of items tells of. */
  private toldOfItems(query: string, said: string, items: readonly PlanItem[]): AnswerBody {
    const [first] = items;
    if (items.length === 1 && first !== undefined) return this.toldOf(query, said, first);
    return {
      kind: "none",
      query,
      reason: "not_about_plan",
      range: this.range,
      note: `${said}この話題は ${items.map((i) => `No.${i.number}「${i.title}」`).join("、")} にあります（${items.map((i) => `\`/plan ${i.number}\``).join("、")}）。`,
    };
  }

  /** Not in the report: what it does not say (`said`), and where the topic is. */
  private toldOf(query: string, said: string, item: PlanItem): AnswerBody {
    return {
      kind: "none",
      query,
      reason: "not_about_plan",
      range: this.range,
      note: `${said}${topicAt(item)}`,
    };
  }

  /**
   * 「項目名に「見直し」が付いてる取組」「「推進」ってタイトルに入ってる項目」: the items whose title holds a word, as
   * the report's table of items prints it. Null when the question is not of that form or no title holds it.
   */
  private titledWith(query: string, text: string): AnswerBody | null {
    const m = TITLE_TERM.exec(text) ?? TERM_IN_TITLE.exec(text);
    // 「経営健全化の項目ぜんぶ」: every item of a term, asked as a list, is every item titled with it when two or more
    // are (No.20, No.21); otherwise the question is read as usual.
    // After who asks too (「財政課の佐藤です。経営健全化の項目ぜんぶ」): the request still starts the question.
    const all = m ? null : (ALL_ITEMS_OF.exec(text) ?? ALL_ITEMS_OF.exec(afterGreeting(text)));
    const term = m?.[1] ?? all?.[1];
    if (term === undefined) return null;
    const folded = fold(term);
    const items = this.plan.items.filter((i) => fold(i.title).includes(folded));
    if (items.length < (all ? 2 : 1)) return null;
    return { kind: "list", query, items, reason: { type: "titled", term } };
  }

  /**
   * 「鹿島台に関係する記載がある項目は」「指定管理者が出てくる取組は」: which items the report mentions a term in.
   * Answered from the report's text itself, every item whose sentences hold the term: one is that item, several
   * are listed. Null when the question is not of that form or no item holds the term (the rest of the matcher
   * then reads it as usual).
   */
  private mentioning(query: string, text: string): AnswerBody | null {
    const written = this.writtenAbout(query, text);
    if (written) return written;
    const m = text.match(MENTIONING);
    if (!m || m.index === undefined) return null;
    // The term is the longest end of what precedes, within its clause, that the report writes (「うちの課で鹿島台に
    // 関係する…」: 鹿島台); a particle cannot mark where it starts, since words hold them too (ふるさと納税), so each
    // start after one is tried, longest first.
    // 「「審査会」が出てくる取組」: the quoted word itself; 「新庁舎の供用開始について触れている」: what comes before
    // について (a word of every report, never the term).
    const head = text
      .slice(0, m.index)
      .replace(/[」』]\s*$/, "")
      .replace(/(?:について|に関して|に関する|のこと)$/, "")
      // 「選挙関係が出てくる項目」「広報おおさき関係の話」: the field the asker names (選挙), not a word 関係 the
      // report would write after it; after a particle (鹿島台に関係) 関係 is the verb's.
      .replace(FIELD_OF, "");
    // 「鳴子の話題が載ってる取組」「意識調査の結果が載ってる取組」: what is told of 鳴子, of 意識調査, when the clause is
    // that one word (not 「WebexとかZoomの研修の話」, whose last word 研修 alone is not what is asked).
    // 「…の意識調査、結果が載ってるのは」: a clause that is only such a word (結果) says what is told of the one before.
    const told = /(?:[、，,]|\s)\s*(?:話題|話|記事|情報|こと|結果|数字|数値|内容|実績|状況)$/u;
    // 「広報おおさき関係の話」: the field named before の話, with hiragana in its name, is asked as 「広報おおさき関係」 is.
    const clause = lastClause(
      told.test(head) && lastClause(head.replace(told, "")) !== "" ? head.replace(told, "") : head,
    )
      .replace(
        /^([^\p{Script=Hiragana}]{2,})の(?:話題|話|記事|情報|こと|結果|数字|数値|内容|実績|状況)$/u,
        "$1",
      )
      .replace(/^([^\sの]{2,})の(?:話題|話|記事|情報|こと)$/u, "$1")
      .replace(FIELD_OF, "");
    // 「岩出山総合支所です。うちの地域が関わっている項目」: the asker's area is the one they introduced themselves by.
    const ownArea = /^(?:うちの|当)(?:地域|地区|管内|支所)(?:が|に|の)?$/u.test(clause)
      ? /([^\s。、，,！!？?「」]{2,}?)(?:総合支所|支所)(?:の[^\s。、]{1,10})?(?:です|の者です|から)/u.exec(
          text,
        )?.[1]
      : undefined;
    const before = ownArea ?? clause;
    const chars = [...before];
    // A clause typed in hiragana alone (「ほうかつって名前がつく」) is one word, not words after particles (かつ).
    const kanaOnly = /^\p{Script=Hiragana}+$/u.test(before);
    const held = (w: string) => this.passages.itemsContaining(fold(w)).length;
    if (kanaOnly && !this.passages.anyContains(fold(before))) return this.readingMentioned(query, before);
    let asked = "";
    for (let start = 0; start + 2 <= (kanaOnly ? 2 : chars.length); start++) {
      // A word starts at the clause's start or after a particle (hiragana), never inside a word (宇宙開発 is not 開発).
      if (start > 0 && !/\p{Script=Hiragana}/u.test(chars[start - 1] as string)) continue;
      const candidate = chars.slice(start).join("");
      // 「三本木地域に関係する取組」「鳴子地区の…」 ask about the place, whatever the report calls what is there
      // (三本木公民館, 鳴子温泉分院): the place's name is the term when the report writes it more widely.
      // 「鳴子温泉地域」: the town's name (鳴子) when the report writes it more widely than 鳴子温泉.
      const area = /^(.{2,})(?:地域|地区|エリア|方面)$/u.exec(candidate)?.[1];
      const town = area && /^(.{2,})(?:温泉|町)$/u.exec(area)?.[1];
      const areaHeld = area ? held(area) : 0;
      const townHeld = town ? held(town) : 0;
      const [place, placeHeld] = town && townHeld > areaHeld ? [town, townHeld] : [area, areaHeld];
      const found = held(candidate);
      if (place && placeHeld > found) {
        asked = place;
        break;
      }
      if (found > 0) {
        asked = candidate;
        break;
      }
    }
    // 「鹿島台にある施設が出てくる項目」: the end found is a verb's tail (る施設) or a word most items use (施設); the
    // word the clause starts with, the place, is the term.
    const lead = /^[^\p{Script=Hiragana}]{2,}(?=\p{Script=Hiragana})/u.exec(before)?.[0];
    const weak = /^\p{Script=Hiragana}/u.test(asked) || held(asked) > this.mentionsShare;
    if (lead && lead !== asked && weak) {
      const leadHeld = held(lead);
      if (leadHeld > 0 && leadHeld <= this.mentionsShare) asked = lead;
    }
    const term = fold(asked);
    if ([...term].length < 2) return null;
    // 「行政管理課が関わってる項目」: a department's items are those it is in charge of, not those whose text names it.
    if (this.departments.find(asked).some((d) => fold(d.form) === term)) return null;
    // The name of one item (「ふるさと納税に関係する取組」: No.18's alias) means that item: the usual reading answers
    // it, with the figures and passages an item answer has.
    // Unless the question asks where the word itself appears (「意見交換会ってどの取組に出てくる？」: No.6's alias,
    // and No.5's and No.18's text write it too).
    const literal = /出て|載って|言葉|名前|単語|指標/.test(m[0]);
    if (!literal && this.allNames.has(term)) return null;
    // 「新庁舎の供用開始」 is also No.13's 「新庁舎が供用開始」: words joined by の, in a sentence's forms too.
    const holders = new Map(
      [term, ...["", "が", "を"].map((p) => joinedBy(term, p))].map((f) => [
        f,
        this.passages.itemsContaining(f),
      ]),
    );
    // Where a word appears, its 【担当課】 line is part of the item's page too (総合支所: No.1's and No.15's
    // 各総合支所地域振興課).
    const onPage = literal ? this.itemsWhoseDepartmentsName(term) : [];
    const numbers = [...new Set([...holders.values()].flat().concat(onPage))].sort((a, b) => a - b);
    const items = numbers.map((n) => this.plan.byNumber.get(n) as PlanItem);
    // A word most items use (市民, 取組) says nothing about which ones are meant: the usual reading decides.
    if (items.length === 0 || items.length > this.mentionsShare) return null;
    if (items.length === 1) return { kind: "item", query, item: items[0] as PlanItem };
    // 「窓口の職員向けにやった接遇とマナーの研修ってどの項目に出てくる」: the term is the last word of what is described
    // (研修, in four items), and a word before it that few items write (接遇) says which one is meant; the usual
    // reading weighs them all.
    // Not a word most items write (「鹿島台にある施設が出てくる項目」: 施設), nor when the word itself is asked for
    // (「「包括」って名前が付く取組」).
    const described = before.endsWith(asked) ? before.slice(0, before.length - asked.length) : "";
    if (
      !/言葉|名前|単語/u.test(m[0]) &&
      countedTerms(described).some((w) => {
        const holding = [...w].length >= 2 ? held(w) : 0;
        return holding > 0 && holding <= this.mentionsShare;
      })
    )
      return null;
    // The heading says which forms the report writes, when an item was found by another form than the one asked.
    const asWritten = new Set(holders.get(term));
    const alsoAs = ["が", "を"]
      .filter((p) => {
        const form = joinedBy(term, p);
        return form !== term && (holders.get(form) ?? []).some((n) => !asWritten.has(n));
      })
      .map((p) => joinedBy(asked, p));
    // Offered to pick from, as any term several items share is (「もしかして」): every writer of the evaluation
    // sets expected a term in several items' text to be offered this way, and the asker wants one of them next.
    return {
      kind: "candidates",
      query,
      items,
      mentions: { term: asTyped(query, asked), ...(alsoAs.length > 0 ? { alsoAs } : {}) },
    };
  }

  /**
   * 「ほうかつって名前がつく取組」: a word typed in kana that the report writes only in kanji, as part of terms
   * (包括業務委託, 包括連携協定): the items that write those terms. Null when no term's reading holds it.
   */
  private readingMentioned(query: string, kana: string): AnswerBody | null {
    const terms = this.words.termsReading(kana);
    const numbers = [...new Set(terms.flatMap((term) => this.passages.itemsContaining(fold(term))))].sort(
      (a, b) => a - b,
    );
    if (numbers.length === 0 || numbers.length > this.mentionsShare) return null;
    const items = numbers.map((n) => this.plan.byNumber.get(n) as PlanItem);
    if (items.length === 1) return { kind: "item", query, item: items[0] as PlanItem };
    // The heading names what the report writes: the kanji the terms share (包括), or else the terms.
    const shared = commonPart(terms);
    return {
      kind: "candidates",
      query,
      items,
      mentions: { term: shared.length >= 2 ? shared : terms.join("・") },
    };
  }

  /**
   * 「新庁舎に移ったことが影響したって書いてある項目」: the items that write what the clause is about, its first noun
   * (新庁舎), when two or three do; what is said of it (影響した) is the asker's summary, not the report's words.
   * Null otherwise, and the question is read as usual.
   */
  private writtenAbout(query: string, text: string): AnswerBody | null {
    const m = WRITTEN_ABOUT.exec(text);
    if (!m) return null;
    const clause = lastClause(text.slice(0, m.index).replace(/[、，,\s]+$/u, ""));
    // The clause's first word (新庁舎 of 「新庁舎になったことと」), or the whole clause when it is one (「新庁舎の影響が」).
    const lead = /^[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?=\p{Script=Hiragana}|$)/u.exec(clause)?.[0];
    return lead ? this.offeredByWord(query, lead) : null;
  }

  /**
   * 「包括の件ってどうなってます？」: the question's one word, when no item is named by it (nothing else was found) and
   * two or three items' text write it (see offeredByWord). A word of kanji or katakana, not a year or a figure (R5
   * is in many items' text).
   */
  private loneTerm(query: string, text: string): AnswerBody | null {
    const request = (withoutSurroundings(text) || text).replace(FILLER, " ");
    const terms = countedTerms(request).filter((t) => !HELP_WORDS.has(t) && !GENERAL_ASK_WORD.test(fold(t)));
    const [term] = terms;
    if (
      terms.length !== 1 ||
      term === undefined ||
      !/^[\p{Script=Han}\p{Script=Katakana}ー]{2,}$/u.test(term)
    )
      return null;
    return this.offeredByWord(query, term);
  }

  /** The items whose text writes `word`, offered as 「報告書に「…」が出てくる項目」, when two or three do; null else. */
  private offeredByWord(query: string, word: string): AnswerBody | null {
    const numbers = this.passages.itemsContaining(fold(word));
    if (numbers.length < 2 || numbers.length > 3) return null;
    return {
      kind: "candidates",
      query,
      items: numbers.map((n) => this.plan.byNumber.get(n) as PlanItem),
      mentions: { term: word },
    };
  }

  /**
   * Items offered as 「もしかして」 when the question asks for each of them (「…とオープンデータ、それぞれ教えて」
   * 「どれとどれ」): it asked for all, so all are shown, as for 「18と19」.
   */
  private eachOf(text: string, body: AnswerBody): AnswerBody {
    const each = text.match(EACH_OF);
    // Items found by a term they mention are all of them already, offered by why they were found.
    if (
      !each ||
      (body.kind !== "candidates" && body.kind !== "item") ||
      (body.kind === "candidates" && body.mentions)
    )
      return body;
    if (body.kind === "candidates") {
      // In the plan's order, as 「18と19」 is: a list is read top to bottom, not best match first.
      const items = [...body.items].sort((a, b) => a.number - b.number);
      return { kind: "list", query: body.query, items, reason: { type: "numbers" } };
    }
    // 「AI・RPAの導入とペーパーレス会議、それぞれ」: each part named before the word, asked alone.
    const named = new Map<number, PlanItem>([[body.item.number, body.item]]);
    for (const part of text.slice(0, each.index).split(/と|及び|および|、|,/)) {
      if ([...part.trim()].length < 2) continue;
      const asked = this.interpret(body.query, part);
      if (asked.kind === "item") named.set(asked.item.number, asked.item);
    }
    if (named.size < 2) return body;
    const items = [...named.values()].sort((a, b) => a.number - b.number);
    return { kind: "list", query: body.query, items, reason: { type: "numbers" } };
  }

  /**
   * 「廃校の利活用とか旧小学校の貸付けの方針」: topics given as examples, each of which another item is about (No.3,
   * No.19). The asker names the kind of thing by its examples, so each example's item is offered; examples of one
   * item (「ふるさと納税とか返礼品の話」) leave it that item's.
   */
  private eitherOf(text: string, body: AnswerBody): AnswerBody {
    if (body.kind !== "item") return body;
    // 「№18の総評に「過去最高の寄附額」とありますが…」: the item named by its number is the one asked about, whatever
    // the question says of it.
    if (explicitItemNumber(text) === body.item.number) return body;
    // 「公共施設を減らしたり地域に渡したりする取組」: examples that are deeds, each part read whole.
    const deeds = text.split(DEEDS_JOINED);
    if (deeds.length > 2) return this.offeredExamples(body, deeds.slice(0, -1));
    // 「公民館とかの減免率」 is one topic (a rate of such facilities), not two examples. 「病院と上下水道」「AIやRPA」:
    // と and や join two names when written between them (not inside ふるさと).
    if (!EXAMPLES_JOINED.test(text)) return body;
    const parts = text.split(EXAMPLES_JOINED);
    // 「公民館や図書館など社会教育施設の使用料の減免率」: examples of a kind named right after など are that kind, and
    // the question asks of the kind (No.5's 社会教育施設の使用料), not of each example.
    if (EXAMPLES_OF_KIND.test(parts.at(-1) as string)) return body;
    // 「広報紙の印刷とか発送をまとめて外部に委託する」: the two words joined stand side by side in one sentence of the item
    // found (広報おおさきの作成，印刷，発送業務のアウトソーシング): they are its own pair, not examples of two items.
    // Not words most items write (活用や貸付け): those are said of many things.
    if (parts.length === 2) {
      const pair = [countedTerms(parts[0] as string).at(-1), countedTerms(parts[1] as string)[0]];
      if (
        pair.every((w) => w !== undefined && this.uncommon(w)) &&
        this.passages.mostInOnePassage(body.item.number, pair as string[]) === 2
      )
        return body;
    }
    // The examples are the noun phrases on either side of とか (「支所の窓口業務にもAIとかRPAが」: AI and RPA), with
    // the words they hold by の (廃校の利活用, 旧小学校の貸付).
    const afters = parts.map((part) => EXAMPLE_AFTER.exec(part)?.[1]);
    // 「公民館とか社会教育施設の減免率」: what follows the last example's の (減免率) is said of every example.
    const examples = parts.flatMap((part, i) => {
      const before = i < parts.length - 1 ? EXAMPLE_BEFORE.exec(part)?.[1] : undefined;
      const after = i > 0 ? afters[i] : undefined;
      const next = afters[i + 1];
      const shared =
        before && !before.includes("の") && next?.includes("の") ? next.slice(next.indexOf("の")) : "";
      return [...(before ? [before + shared] : []), ...(after ? [after] : [])];
    });
    return this.offeredExamples(body, examples);
  }

  /**
   * Whether at most `most` items write `word`: the text of the first few more is read, not of the thousands of items
   * of a large plan that write a common word (市民, 職員).
   */
  private fewHold(word: string, most: number): boolean {
    return this.passages.itemsContainingUpTo(word, Math.floor(most) + 1).length <= most;
  }

  /**
   * Whether `word` is uncommon: a quarter of the items at most (職員 and 市民 are in more), and no more than
   * UNCOMMON_AT_MOST whatever the plan's size, so that a plan of thousands of items reads a few texts per word.
   */
  private uncommon(word: string): boolean {
    return this.fewHold(
      word,
      Math.min(UNCOMMON_AT_MOST, Math.max(2, this.plan.items.length * COMMON_WORD_SHARE)),
    );
  }

  /** Whether `text` holds a word of three characters or more that the item's sentences write and no other item's. */
  private ownWordIn(item: number, text: string): boolean {
    return countedTerms(text).some((w) => {
      if ([...w].length < 3) return false;
      const holders = /^[a-z][a-z0-9]*$/.test(w)
        ? this.passages.itemsWithWord(w)
        : this.passages.itemsContainingUpTo(w, 2);
      return holders.length === 1 && holders[0] === item;
    });
  }

  /** The item found and each example's own item (see eitherOf), offered; the item alone if none is another's. */
  private offeredExamples(
    body: Extract<AnswerBody, { kind: "item" }>,
    examples: (string | undefined)[],
  ): AnswerBody {
    const named = new Map<number, PlanItem>([[body.item.number, body.item]]);
    for (const example of examples) {
      if (!example || [...example].length < 2) continue;
      // An example the item found writes itself is one of its own (「事業の統合とか連携」: No.2's judgements).
      if (this.passages.itemContains(body.item.number, fold(example))) continue;
      // One that holds a word of three characters or more that only the item found writes (kintone, 文字起こし) names
      // that item, whatever else it says (「kintoneのお試し利用」: お試し利用 reads as No.3's トライアルサウンディング).
      if (this.ownWordIn(body.item.number, example)) continue;
      const asked = this.interpret(body.query, example);
      if (asked.kind === "item") named.set(asked.item.number, asked.item);
      // An example too short to answer alone (譲与) names an item when only one is called by it (No.15's title).
      const called = asked.kind === "none" ? this.index.calledBy(fold(example)) : [];
      const item = called.length === 1 ? this.plan.byNumber.get(called[0] as number) : undefined;
      if (item) named.set(item.number, item);
    }
    if (named.size < 2) return body;
    return { kind: "candidates", query: body.query, items: [...named.values()] };
  }

  /**
   * A question that counts something (「公の施設の数は何施設」) answered with an item none of whose sentences counts a
   * word of the question in that unit, where exactly one other item's does (No.3: 「公の施設 38 施設」; No.15, which
   * shares 指定管理, counts 集会施設 only): that item states the figure asked for.
   */
  private countedByAnother(text: string, body: AnswerBody): AnswerBody {
    if (body.kind !== "item") return body;
    const unit = askedUnit(text);
    if (!unit) return body;
    const terms = [
      ...new Set([
        ...[...countedTerms(text), ...joinedWords(text)].filter(
          (t) => [...t].length >= 3 && t !== fold(unit),
        ),
        ...withoutCounters(text),
      ]),
    ];
    if (terms.length === 0 || this.passages.countsIn(body.item.number, terms, unit)) return body;
    // 「移動市長室の開催件数は？」: whose count is asked is a word only the item's text writes (No.6's 移動市長室),
    // though another item counts a word of the question (No.13's 会議の開催件数); the report gives no such count, and
    // the other item's is not it. (「指定管理者制度を入れてる公の施設って何施設」 counts 公の施設, No.3's.)
    const owner = figureOwner(text);
    const ownersItems = owner === undefined ? [] : this.passages.itemsContaining(fold(owner));
    if (ownersItems.length === 1 && ownersItems[0] === body.item.number) return body;
    // 「市の施設って何施設」: the item counts the very thing asked, its name right before the figure (「公の施設 38 施設」).
    if (this.passages.countsIn(body.item.number, [fold(unit)], unit, true)) return body;
    // Only items that hold one of the words are read (a handful, whatever the plan's size).
    // A word the item itself counts, though in another unit (No.15's 「対象施設数 51 件」 for 「集会施設の譲与の対象に
    // なってる施設数って何施設？」), does not send the question to another item that counts it in the unit asked.
    const foreign = terms.filter((t) => !this.passages.countsIn(body.item.number, [t], "", true));
    const holders = new Set(foreign.flatMap((t) => this.passages.itemsContaining(t)));
    holders.delete(body.item.number);
    const counting = [...holders].filter((n) => this.passages.countsIn(n, foreign, unit));
    const other = counting.length === 1 ? this.plan.byNumber.get(counting[0] as number) : undefined;
    return other ? { ...body, item: other } : body;
  }

  /** An item answer quotes the sentences of the report that answer what was asked, when any do. */
  private withPassages(text: string, body: AnswerBody): AnswerBody {
    if (body.kind !== "item") return body;
    const wantsFigure = FIGURE_ASK.test(text);
    // What the question says beyond the item's name: 「ふるさと納税の実績は?」 is the card's own question, and
    // quoting sentences that merely contain ふるさと納税 would only bury it.
    // Nor are the reason and courtesies around it (「課長に報告するため、」「資料作成のためです。」) what to quote for.
    // 「総評に「過去最高の寄附額」とありますが、個人版の寄附額は何円と…」: what the report says is the ground for the
    // question, which follows it.
    const asked = withoutReasons(text).replace(QUOTED_AS_GROUND, "");
    const topic = normalize(topicText(asked || text));
    let rest = topic;
    const names = [body.item.title, ...body.item.aliases].map(normalize).sort((a, b) => b.length - a.length);
    for (const name of names) rest = rest.replaceAll(name, " ");
    // 「No.19の」「#15 の」: the item's number is its name too.
    rest = rest.replace(MARKED_NUMBERS, " ");
    const current = this.plan.meta.current_fiscal_year;
    const named = mentionedFiscalYear(text, current);
    const year = named ?? current;
    // 「R6の見込みは」「R7の計画値は」: which of a named year's rows is asked (a forecast or a plan), no topic beyond the
    // item. Not 「結局何人になった」: a result is asked there, in the sentence that tells it.
    const forecastAsked = named !== null && FORECAST_ASKED.test(rest) && !DEEDS_ASKED.test(text);
    const residual = TOPIC_WORD.test(forecastAsked ? rest.replace(FORECAST_ASKED_ALL, " ") : rest);
    // 「目標に比べてどのくらい足りなかった？」「目標は何施設で実績はいくつ？」: the report's own comparison of the
    // year's result with its target answers (the sentence the status rests on, or the one stating a figure's
    // target: 「目標 4 施設に対し 1 施設にとどまった」), then the year's result rows. Asked with no other word
    // (「滞納整理、R5は目標額に届いたんでしょうか？」: the status words leave nothing) it is still the question.
    const compared = COMPARED_WITH_TARGET.test(normalize(asked || text));
    // Asked of the item alone why (「マイナカードの電子申請、R5が0件だったのはなぜ？」): the sentence its status rests on
    // says it, as for a comparison. What it is for (「使用料等の収入確保って、何のための取組？」): its 改善・推進目標.
    const whyAlone = !residual && WHY_ASKED.test(asked || text);
    // The aim's own word (目的 of 「…の目的は？」) is no other matter asked.
    const beyondAim = TOPIC_WORD.test(rest.replace(/目標|目的|ねらい|狙い/gu, " "));
    const aimAlone =
      !beyondAim &&
      !wantsFigure &&
      !compared &&
      AIM_ASKED.test(asked || text) &&
      !TARGET_FIGURE_ASKED.test(asked || text);
    // 「R5の効果ってなんて書いてある？」「効果の欄」: the year's 取組による効果 rows are what the report says of it.
    if (EFFECT_ROW_ASKED.test(normalize(asked || text))) {
      const rows = this.passages.yearRows(body.item.number, year);
      if (rows.length > 0) return { ...body, passages: rows.slice(0, MAX_PASSAGES) };
    }
    if (!wantsFigure && !residual && !forecastAsked && !compared && !whyAlone && !aimAlone) return body;
    // 「R5〜R7の3年分の合計」「総計は」: the item's 総計 row answers, first.
    if (TOTAL_ASKED.test(normalize(text))) {
      const totals = this.passages.totalRows(body.item.number);
      if (totals.length > 0) return { ...body, passages: totals.slice(0, MAX_PASSAGES) };
    }
    if (compared || whyAlone) {
      const verdicts = this.passages.holding(body.item.number, verdictQuotes(body.item, year));
      if (verdicts.length > 0) {
        const rows = this.passages.resultRows(body.item.number, year);
        const others = rows.filter((r) => !verdicts.some((v) => v.text === r.text));
        return { ...body, passages: [...verdicts, ...others].slice(0, MAX_PASSAGES) };
      }
    }
    const unit = askedUnit(text);
    // What is counted: the words beyond the item's name, or when they are none (「ペーパーレス会議って何件開かれた」:
    // 開かれた alone is left) the name's own (「ペーパーレス会議 614 件」).
    const restTerms = residual ? countedTerms(rest) : [];
    const terms = restTerms.length > 0 ? restTerms : countedTerms(topic);
    if (!residual && !aimAlone) {
      // A figure asked of the item as a whole (「ふるさと納税の寄附件数は?」): the year's results are the answer,
      // unless they state none in the unit asked while a sentence counts the question's word in it
      // (「ペーパーレス会議は何件」: the result is a rate in ％, the activities count 614 件).
      const actual = this.passages.resultRows(body.item.number, year);
      // A year with no results yet, its forecast or plan asked for: that year's rows.
      const results =
        actual.length === 0 && forecastAsked ? this.passages.yearRows(body.item.number, year) : actual;
      const countedElsewhere =
        unit !== null &&
        !results.some((r) => statesFigureIn(r.text, unit)) &&
        this.passages.countsIn(body.item.number, terms, unit);
      if (results.length > 0 && !countedElsewhere)
        return { ...body, passages: results.slice(0, MAX_PASSAGES) };
    }
    const options = {
      wantsFigure,
      whenAsked: WHEN_ASKED.test(normalize(text)),
      whichAsked: WHICH_PLACE_ASKED.test(normalize(text)) && !wantsFigure,
      aimAsked: AIM_ASKED.test(text) && !wantsFigure && !compared,
      futureAsked: FUTURE_ASKED.test(text) && !wantsFigure,
      whyAsked: (WHY_ASKED.test(text) || PURPOSE_ASKED.test(text)) && !wantsFigure,
      max: MAX_PASSAGES,
      year,
      yearNamed: named !== null,
      // 「参加者数わかります？」: people counted by a noun of their own, in 人 (not a unit askedUnit reads: a count of
      // 投票者数 is no figure of the report's to say it lacks).
      ...(unit || COUNT_NOUN.exec(text)?.[1] === "者数" ? { counting: { terms, unit: unit ?? "人" } } : {}),
    };
    // 「次の改正」: the report writes the next one as 次回 (「次回改正（令和 9 年 4 月 1 日施行予定）」).
    const inReportTerms = (t: string) => t.replace(/次の/gu, "次回");
    let passages = this.passages.passagesFor(
      body.item.number,
      inReportTerms(residual ? rest : topic),
      options,
    );
    // What the item is for, asked of it alone: its 改善・推進目標 first, whatever words it shares with the question
    // (No.17's says 公平性, not 使用料等の収入確保).
    if (aimAlone) {
      const aim = this.passages.holding(body.item.number, [body.item.objective]);
      passages = [...aim, ...passages.filter((p) => p.kind !== "objective")].slice(0, MAX_PASSAGES);
    }
    // Words beyond the item's name that its text never uses (実際 of 「実際の職員数は」): the sentences about the
    // name are still better than the card alone.
    if (passages.length === 0 && residual)
      passages = this.passages.passagesFor(body.item.number, topic, options);
    // A figure asked outright that no sentence chosen states (「旧消防庁舎跡地っていくらで売れた？」: the sentences name
    // the site, the year's effect row 「売却額 180,000,000 円」 gives the figure): the year's result row that labels
    // it comes first. The card's status rests on those rows too.
    const outright = normalize(asked || text);
    if (FIGURE_ASKED_OUTRIGHT.test(outright)) {
      const money = unit === null && MONEY_ASKED.test(outright);
      // 「円単位で」「正確な額」: a figure rounded to 千円 or 億 (「11 億 9 千万円を超える」) does not answer it.
      const exact = money && EXACT_ASKED.test(outright);
      const inUnit = (sentence: string) =>
        money
          ? (exact ? STATES_EXACT_MONEY : STATES_MONEY).test(sentence)
          : STATES_FIGURE.test(sentence) && (unit === null || statesCountIn(sentence, unit));
      if (!passages.some((p) => inUnit(p.text))) {
        const row = this.rowAnswering(body.item.number, year, outright, money, passages[0], inUnit);
        if (row) passages = [row, ...passages].slice(0, MAX_PASSAGES);
      }
    }
    return passages.length > 0 ? { ...body, passages } : body;
  }

  /**
   * The item's result row of `year` that answers a figure asked outright: in the unit asked (`inUnit`), and labelling
   * its figure with a word of the question (上下水道事業 of 上下水道事業効果額) or, for an amount (`money`), of the
   * sentence quoted for it (売却額 for 「旧消防庁舎跡地を売却した」). Not 「民間提案の事業の募集 3 件」 for 「包括連携協定
   * って何件」; nor, for a count, a row labelled only by the quoted sentence's words (「証明書交付の件数」 is not the
   * 「新規電子申請サービス 0件」 of a sentence about マイナンバーカード).
   */
  private rowAnswering(
    item: number,
    year: number,
    question: string,
    money: boolean,
    quoted: ScoredPassage | undefined,
    inUnit: (sentence: string) => boolean,
  ): ScoredPassage | undefined {
    const context = fold(question) + (money ? fold(quoted?.text ?? "") : "");
    const terms = countedTerms(question).filter((w) => w.length >= 2 && !GENERIC_LABEL.test(w));
    const labelled = (row: string) =>
      rowLabels(row).some((w) => context.includes(w) || terms.some((t) => w.includes(t)));
    return this.passages.resultRows(item, year).find((r) => inUnit(r.text) && labelled(r.text));
  }

  /**
   * One item named outright by its title or an alias of four or more characters (「ふるさと納税」), when no other
   * item is named: however much context surrounds it (「…議員さんに説明するので、ふるさと納税の実績を…」), the
   * question is about that item.
   */
  private namedItem(query: string, foldedQuestion: string, allowed: Set<number> | null): AnswerBody | null {
    const named = this.namesIn(foldedQuestion).filter(({ item }) => !allowed || allowed.has(item.number));
    const only = named[0];
    if (named.length !== 1 || !only) return null;
    const name = only.forms.find((f) => foldedQuestion.includes(f)) as string;
    return { kind: "item", query, item: this.askedOfAnother(foldedQuestion, only.item, name) ?? only.item };
  }

  /**
   * The items (as `names` holds them, in its order) with a name form written in the folded question. Found by the
   * forms' first two characters at each position of the question, not by asking every item's forms: a plan of
   * thousands of items made that pass cost milliseconds a question (issue 14).
   */
  private namesIn(foldedQuestion: string): ItemNames[] {
    const found = new Set<number>();
    for (let at = 0; at + 1 < foldedQuestion.length; at++) {
      const list = this.namesByPrefix.get(foldedQuestion.slice(at, at + 2));
      if (!list) continue;
      for (const { form, name } of list) if (foldedQuestion.startsWith(form, at)) found.add(name);
    }
    return [...found].sort((a, b) => a - b).map((n) => this.names[n] as ItemNames);
  }

  /**
   * The whole report searched for the question's words, for a question that names no title, alias or keyword:
   * one item when it clearly explains most of the question, both when two explain it about as well.
   */
  private byPassages(
    query: string,
    text: string,
    allowed: Set<number> | null,
    unit: string | null,
  ): AnswerBody | null {
    // The leaders are enough: below them no item has its terms measured, so none could change the answer.
    const hits = this.passages.search(text, { allowed, limit: TERM_RANKS });
    const best = hits[0];
    if (!best) return null;
    const runnerUp = hits[1]?.score ?? 0;
    // Either the item explains most of the question, or it stands far above every other item (a question with
    // a sentence of context around its topic).
    // A term no other item uses (kintone, 移動市長室) singles the item out, unless another has one as long.
    const singledOut =
      best.distinctiveTerm >= MIN_TERM_LENGTH &&
      hits.slice(1).every((h) => h.distinctiveTerm < best.distinctiveTerm);
    const dominant =
      (best.score >= runnerUp * DOMINANCE || singledOut) && best.coverage >= MIN_DOMINANT_COVERAGE;
    // A long question of a story around its topic (「公民館とかの減免率を見直そうとして反対が多くて見送ったって話」)
    // covers little of any item's text; the item that holds more of its words than any other, two at least, does (No.5:
    // 減免率 and 見送; No.14 only 公民館) is the one it tells of, if one of them is a word no other item writes: words
    // every item has (会議, 申請, システム) say nothing, even several of them.
    const words = countedTerms(text).filter((w) => [...w].length >= 2);
    const heldBy = (n: number) => words.filter((w) => this.passages.itemContains(n, w)).length;
    const mostHeld = () => {
      const own = heldBy(best.item);
      return (
        best.distinctiveTerm >= MIN_TERM_LENGTH &&
        own >= 2 &&
        hits.slice(1).every((h) => heldBy(h.item) < own)
      );
    };
    const decided =
      best.longestTerm >= MIN_TERM_LENGTH &&
      (best.coverage >= MIN_PASSAGE_COVERAGE ||
        dominant ||
        (best.coverage >= MIN_DOMINANT_COVERAGE && mostHeld()));
    const close = hits.filter((h) => h.score >= best.score * PASSAGE_CLOSE).slice(0, 5);
    if (unit && (!decided || close.length > 1)) {
      const counting = this.countingItem(text, unit, hits);
      if (counting) return { kind: "item", query, item: counting };
    }
    if (!decided && (this.toldTogether(words, best.item, hits) || this.heldWhole(words, best.item))) {
      return { kind: "item", query, item: this.plan.byNumber.get(best.item) as PlanItem };
    }
    if (!decided) {
      // A long word only one item uses (kintone in a sentence of hiragana phrasing) is the topic when no other
      // leader matches even a three-character term: their scores are the phrasing's bigrams.
      // A Latin word of three letters (RPA, OJT) is as much a name as four kanji.
      const latinOf = (item: number) =>
        (normalize(text).match(/[a-z][a-z0-9]{2,}/g) ?? []).some((w) => {
          const holding = this.passages.itemsWithWord(w);
          return holding.length === 1 && holding[0] === item;
        });
      const holders = hits.filter(
        (h) =>
          h.distinctiveTerm >= DISTINCT_WORD_LENGTH ||
          (h.distinctiveTerm >= MIN_TERM_LENGTH && latinOf(h.item)),
      );
      const holder = holders[0];
      if (
        holders.length === 1 &&
        holder &&
        hits.every((h) => h === holder || h.longestTerm < MIN_TERM_LENGTH)
      ) {
        return { kind: "item", query, item: this.plan.byNumber.get(holder.item) as PlanItem };
      }
      // 「滞納の縮減効果っていくらだった？」: every word asked is written by the same two or three items (No.16 and
      // No.17 both count 滞納額の縮減効果) and by no other; neither explains more of it, so both are offered. Not
      // an office's name (総合支所の地域振興課): which items name a department is a list of its own.
      if (!words.some((w) => /(?:課|部|室|支所)$/u.test(w))) {
        const sharing = this.leadersHoldingAll(words, hits);
        if (sharing)
          return {
            kind: "candidates",
            query,
            items: sharing.map((n) => this.plan.byNumber.get(n) as PlanItem),
          };
      }
      return null;
    }
    const items = this.notContained(text, close).map((h) => this.plan.byNumber.get(h.item) as PlanItem);
    if (items.length === 1) {
      const also = this.alsoAnswering(text, best, hits);
      // The runner-up may be the one item left (the leader held fewer of the question's words): offered once.
      if (also && also !== items[0])
        return { kind: "candidates", query, items: [items[0] as PlanItem, also] };
      return { kind: "item", query, item: items[0] as PlanItem };
    }
    return { kind: "candidates", query, items };
  }

  /**
   * 「休職とか育休中の職員は定数に数えないよう条例変えた」: no word of it is long, but three or more of its words that
   * few items write (休職, 休業, 定数, 条例) stand in one sentence of the leader's (職員定数条例の一部改正を行い，休職や
   * 休業の職員を定数外の扱い), and in no sentence of another leader's as many: that sentence is what is asked about.
   */
  private toldTogether(words: readonly string[], leader: number, hits: readonly { item: number }[]): boolean {
    return (
      this.soleTeller(words, [leader, ...hits.map((h) => h.item).filter((n) => n !== leader)], true) ===
      leader
    );
  }

  /**
   * 「女性のまちづくり人材を育てる講座」: every word of the question is the leader's, and two of them no other item
   * writes (女性, 講座: No.1's 女性コーディネーター養成講座), though each is too short to single it out alone and no one
   * sentence holds them all. A word of kanji counts as its runs of kanji (まちづくり人材: 人材).
   */
  private heldWhole(words: readonly string[], leader: number): boolean {
    const chunks = [...new Set(words.flatMap(kanjiRunsOf))];
    if (chunks.length < 2 || !chunks.every((c) => this.passages.itemContains(leader, c))) return false;
    const own = chunks.filter((c) => {
      const holders = this.passages.itemsContainingUpTo(c, 2);
      return holders.length === 1 && holders[0] === leader;
    });
    return own.length >= 2;
  }

  /**
   * The one of `items` with a sentence that holds three or more uncommon words of `words`, when no other has a
   * sentence holding as many (without `every`: as many or one fewer); null otherwise. With `every`, that sentence
   * must hold every uncommon word, and a word the report never writes is one it cannot hold: a word beside them
   * that no sentence has (子ども会で公民館の会議室を使う場合、使用料は減免…) asks of something else the topic touches.
   * Without it, the question is already known to be the plan's, and the sentence that tells most of it decides
   * (広報紙 is No.6's word; No.3's sentence writes 印刷, 発送 and アウトソーシング).
   */
  private soleTeller(words: readonly string[], items: readonly number[], every: boolean): number | null {
    // A run with kanji as its runs of kanji (休職とか休業中: 休職 and 休業中), each as the report writes it, or
    // without an everyday suffix or the stem of a verb that follows it (休業中: 休業; 条例変 of 条例変えた: 条例).
    const written = words.flatMap(kanjiRunsOf).flatMap((chunk) => {
      if (this.passages.anyContains(chunk)) return [chunk];
      const stem = chunk.replace(/(?<=\p{Script=Han}{2})[者中等的用上後前時変減増決始使出入]$/u, "");
      if (stem !== chunk && this.passages.anyContains(stem)) return [stem];
      return every ? [chunk] : [];
    });
    // Every word but the common ones (職員, 市民).
    const rare = [...new Set(written)].filter((w) => this.uncommon(w));
    if (rare.length < TOLD_TOGETHER) return null;
    const held = items.map((n) => this.passages.mostInOnePassage(n, rare));
    const most = Math.max(...held);
    if (most < TOLD_TOGETHER || (every && most < rare.length)) return null;
    // Told apart by two words at least when not every word is told: one word more is how two items tell of one
    // matter (廃校, 小学校, 利活用 in No.3's; 小学校 and 貸付 in No.19's).
    const margin = every ? 1 : 2;
    const at = held.indexOf(most);
    return held.every((h, i) => i === at || h <= most - margin) ? (items[at] as number) : null;
  }

  /**
   * The two or three leaders of the report search whose text holds every one of two or more words, when some other
   * leader does not: an item that holds them all is among the leaders, and looking up every item that holds a
   * common word (施設, 地域) would cost a plan of thousands of items milliseconds per question.
   */
  private leadersHoldingAll(words: string[], hits: readonly { item: number }[]): number[] | null {
    if (words.length < 2) return null;
    const holding = hits
      .filter((h) => words.every((w) => this.passages.itemContains(h.item, w)))
      .map((h) => h.item);
    return holding.length >= 2 && holding.length <= 3 && holding.length < hits.length ? holding : null;
  }

  /**
   * A runner-up of the report search that the leader outscores but not by far (三本木: No.14's 三本木公民館,
   * No.15's 三本木地域) is another answer when it holds every uncommon word of the question the leader holds:
   * nothing asked tells them apart, only how often each mentions the words.
   */
  private alsoAnswering(text: string, best: ItemScore, hits: readonly ItemScore[]): PlanItem | null {
    const second = hits[1];
    if (!second || second.score < best.score * SHARED_CLOSE || second.longestTerm < MIN_TERM_LENGTH)
      return null;
    // A term of the question only the leader's text uses (統合・連携) tells them apart.
    if (best.distinctiveTerm >= MIN_TERM_LENGTH && second.distinctiveTerm < best.distinctiveTerm) return null;
    // A word of the question in the leader's title or aliases and not in the runner-up's is what the leader is
    // called (「使用料などの収入を確保する」: No.17 is 使用料等の収入確保): the body of another does not beat it.
    const terms = countedTerms(text).filter((w) => w.length >= 2);
    const names = (n: number) => {
      const item = this.plan.byNumber.get(n);
      return item ? [item.title, ...item.aliases].map(fold) : [];
    };
    const [leaderNames, secondNames] = [names(best.item), names(second.item)];
    const named = (list: string[], w: string) => list.some((name) => name.includes(w));
    if (terms.some((w) => named(leaderNames, w) && !named(secondNames, w))) return null;
    const common = Math.max(2, this.plan.items.length * COMMON_WORD_SHARE);
    const words = terms.filter((w) => this.fewHold(w, common));
    const leaders = words.filter((w) => this.passages.itemContains(best.item, w));
    if (leaders.length === 0 || leaders.some((w) => !this.passages.itemContains(second.item, w))) return null;
    return this.plan.byNumber.get(second.item) ?? null;
  }

  /**
   * Of items about as good as each other, one whose text holds only some of the question's words that another's
   * holds is no alternative to it (「未利用の土地や建物を活用する」: No.13 has 活用, No.19 has 活用 and 土地).
   */
  private notContained(text: string, close: ItemScore[]): ItemScore[] {
    if (close.length < 2) return close;
    const words = countedTerms(text);
    const held = close.map((h) => words.filter((w) => this.passages.itemContains(h.item, w)));
    return close.filter((_, i) => {
      const mine = held[i] as string[];
      return !held.some(
        (other, j) => j !== i && other.length > mine.length && mine.every((w) => other.includes(w)),
      );
    });
  }

  /**
   * A question that asks how many of something (「会議は何件」) and that the search leaves undecided: the one
   * leading item whose report counts a word of the question in that unit (「会議開催 1,243 件」), if only one does.
   */
  private countingItem(text: string, unit: string, hits: readonly ItemScore[]): PlanItem | null {
    // A measure asked names no count of its own: 「…何ha」 holds ha as a word, and 「906.7ha→968.6ha」 would be its
    // count. A counted noun does (「施設って何施設」: 「導入施設 38 施設」).
    const measure = !/^(?:施設|団体|校|社|種類)$/u.test(unit);
    const terms = [...countedTerms(text), ...withoutCounters(text)].filter(
      (t) => !measure || normalize(t) !== unit,
    );
    const counting = hits
      .slice(0, TERM_RANKS)
      .filter((h) => h.longestTerm >= 2 && this.passages.countsIn(h.item, terms, unit));
    return counting.length === 1 ? (this.plan.byNumber.get((counting[0] as ItemScore).item) ?? null) : null;
  }

  /** 「ありがとう」「こんにちは」 and nothing else: answered in kind, never with 「見つかりませんでした」. */
  private smallTalk(query: string, text: string): AnswerBody | null {
    const bare = text.replace(/[\s!！?？。、.,〜~ー…w笑]+/gu, "");
    if (bare === "") return null;
    const reason = THANKS.test(bare) ? "thanks" : GREETING_ONLY.test(bare) ? "greeting" : null;
    return reason ? { kind: "none", query, reason, range: this.range } : null;
  }

  /**
   * Two or more item numbers joined by と, 、 or ・ (「18と19」, 「No.1と2」): all of them, as a short list. Out-of-range
   * numbers are left out of the list; if none is in range, the first is reported as out of range.
   */
  private withSeveralNumbers(query: string, text: string): AnswerBody | null {
    // After a greeting or a reason as well (「お疲れ様です。№16と№17の効果額」), as a single number is.
    let numbers = severalItemNumbers(text);
    if (numbers.length < 2) {
      const bare = withoutSurroundings(text);
      numbers = bare !== text ? severalItemNumbers(bare) : [];
    }
    // 「議員が「№1と№6」を取り上げたいそうです」: the numbers quoted, wherever the quote stands.
    for (const m of numbers.length < 2 ? text.matchAll(/「([^「」]+)」/g) : []) {
      const quoted = severalItemNumbers(m[1] as string);
      if (quoted.length >= 2) {
        numbers = quoted;
        break;
      }
    }
    if (numbers.length < 2) return null;
    const items = numbers.map((n) => this.plan.byNumber.get(n)).filter((i): i is PlanItem => i !== undefined);
    if (items.length === 0)
      return { kind: "none", query, reason: "out_of_range", number: numbers[0] as number, range: this.range };
    const missing = numbers.filter((n) => !this.plan.byNumber.has(n));
    // 「9番から13番の中で、R5の目標に届いてないのどれ？」: which of them have a status is a status list of those items.
    const { status } = statusIn(text);
    if (status !== undefined && missing.length === 0 && (WHICH_ITEMS.test(text) || AMONG.test(text))) {
      const named = new Set(numbers);
      const kept = (i: PlanItem) => named.has(i.number);
      const base = statusListOf(this.plan, query, status, asksTargetMissed(text));
      const having = base.items.filter(kept);
      return {
        ...base,
        items: having.length > 0 ? having : items,
        reason: {
          ...scopedReason(base.reason, kept),
          scope: { within: numbers, ...(having.length === 0 ? { noneHas: true } : {}) },
        },
      };
    }
    const note =
      missing.length > 0
        ? `${missing.map((n) => `No.${n}`).join("・")} という項目はありません（項目の番号は ${this.range[0]}～${this.range[1]}）。`
        : undefined;
    const body: AnswerBody =
      items.length === 1
        ? { kind: "item", query, item: items[0] as PlanItem }
        : { kind: "list", query, items, reason: { type: "numbers" } };
    return note ? { ...body, note } : body;
  }

  /**
   * 「WebexやZoomの研修って、8番の人財育成と13番のどっちの取組？」: which of two or more items named by number the
   * question's topic is told in, when what was `found` is none of them; both offered when neither stands out.
   */
  private whichOfNumbered(query: string, text: string, found: AnswerBody): AnswerBody | null {
    if (!WHICH_OF.test(text)) return null;
    const numbers = [...new Set([...text.matchAll(NUMBERED_REF)].map((m) => Number(m[1] ?? m[2])))];
    if (numbers.length < 2 || numbers.some((n) => !this.plan.byNumber.has(n))) return null;
    if (found.kind === "item" && numbers.includes(found.item.number)) return null;
    // The topic is what is left without the numbers, the names given after them (「8番の人財育成」) and the ask.
    const topic = text.replace(NUMBERED_NAME, " ").replace(WHICH_OF, " ");
    if (countedTerms(topic).length === 0) return null;
    const [best, second] = this.passages.search(topic, { allowed: new Set(numbers), limit: 2 });
    if (!best) return null;
    // A longer term found in one (Webex in No.13, against 研修 in No.8) decides as a far higher score does.
    if (second && best.score < second.score * DOMINANCE && best.longestTerm <= second.longestTerm)
      return {
        kind: "candidates",
        query,
        items: [best, second].map((h) => this.plan.byNumber.get(h.item) as PlanItem),
      };
    return { kind: "item", query, item: this.plan.byNumber.get(best.item) as PlanItem };
  }

  /** 「一番最初の項目」「最後の取組」: the plan's first or last number; null when the question names no place. */
  private numberByPlace(text: string): number | null {
    const place = ordinalItem(text);
    return place === null ? null : this.range[place === "first" ? 0 : 1];
  }

  /** A whole-question number, or an explicit item reference anywhere (「No.18の達成率は」, 「なぜ#12は達成?」). */
  private withNumbers(query: string, text: string): AnswerBody | null {
    // A bare number after a greeting or a reason (「お疲れ様です。16」「報告するので、第16」) is a reference as well.
    const bare = withoutSurroundings(text);
    const number =
      itemNumberReference(text) ??
      (bare !== text ? itemNumberReference(bare) : null) ??
      explicitItemNumber(text, query) ??
      (bare !== text ? explicitItemNumber(bare, query) : null) ??
      this.numberByPlace(text);
    if (number === null) return null;
    const item = this.plan.byNumber.get(number);
    if (item) return { kind: "item", query, item };
    return { kind: "none", query, reason: "out_of_range", number, range: this.range };
  }

  /**
   * A phrase quoted in the question (「大崎市市税等滞納整理の指針」ってどこ) that one item's text holds word for word:
   * the person copied it from the report, and no weighing of its words can know better. Quotes side by side
   * (「モノ」から「コト」へ) are one phrase. A quote that several items hold, or none, decides nothing.
   */
  private quotedItem(query: string, text: string): AnswerBody | null {
    if (!text.includes("「")) return null;
    const quoted = [
      ...[...text.matchAll(/「[^「」]+」(?:[^「」]{1,3}「[^「」]+」)+/g)].map((m) => m[0]),
      ...[...text.matchAll(/「([^「」]+)」/g)].map((m) => m[1] ?? ""),
    ]
      .map(fold)
      .filter((q) => q.length >= MIN_QUOTE_LENGTH)
      .sort((a, b) => b.length - a.length);
    if (quoted.length === 0) return null;
    this.itemTexts ??= this.plan.items.map((i) => ({
      item: i,
      text: [
        i.title,
        ...i.aliases,
        ...i.keywords,
        i.objective,
        ...i.measures,
        ...i.schedule.map((r) => r.label),
        ...i.activities.flatMap((a) => a.entries),
        ...i.reviews.flatMap((r) => r.sections.flatMap((sec) => sec.entries)),
        ...i.effects.map((e) => e.text),
      ]
        .map(fold)
        .join("\n"),
    }));
    const texts = this.itemTexts;
    for (const q of quoted) {
      const holding = texts.filter((t) => t.text.includes(q));
      // 「大きく上回った」: a verb quoted in its past form, which the report also writes in another (No.18's 「大きく
      // 上回り」, No.19's 「大きく上回った」). Every item that writes its stem is quoted.
      const stem = q.replace(/(?:っ|し|い|ん)?(?:た|だ)$/u, "");
      if (stem !== q && stem.length >= MIN_QUOTE_LENGTH && /\p{Script=Han}/u.test(stem)) {
        const stemHolding = texts.filter((t) => t.text.includes(stem));
        if (stemHolding.length > holding.length && stemHolding.length <= 3) {
          if (stemHolding.length === 1)
            return { kind: "item", query, item: (stemHolding[0] as { item: PlanItem }).item };
          // The heading names the forms the report writes (大きく上回った, 大きく上回り).
          const forms = [
            ...new Set(
              stemHolding.map((t) => {
                const after = t.text.slice(t.text.indexOf(stem) + stem.length);
                return stem + (/^\p{Script=Hiragana}*/u.exec(after)?.[0] ?? "");
              }),
            ),
          ];
          const [first, ...others] = forms.includes(q) ? [q, ...forms.filter((f) => f !== q)] : forms;
          return {
            kind: "candidates",
            query,
            items: stemHolding.map((t) => t.item),
            mentions: { term: first ?? stem, ...(others.length > 0 ? { alsoAs: others } : {}) },
          };
        }
      }
      if (holding.length === 1) return { kind: "item", query, item: (holding[0] as { item: PlanItem }).item };
      if (holding.length > 1) return null;
    }
    return null;
  }

  /**
   * Whether a word of the text (a content run not typed in hiragana alone, two characters or more) is one the report
   * never writes.
   */
  private holdsUnwrittenWord(text: string): boolean {
    return countedTerms(topicText(text)).some(
      (t) => [...t].length >= 2 && !/^[0-9.,]+$/u.test(t) && this.unwritten(t),
    );
  }

  /**
   * A question for how many of something (「指定管理者って何団体」) answered with candidates: the one of them whose
   * report counts a word of the question in that unit (No.3's 「指定管理者 36 団体」) is the answer; the others
   * only mention the word.
   */
  private countedAmong(text: string, body: AnswerBody): AnswerBody {
    if (body.kind !== "candidates") return body;
    const unit = askedUnit(text);
    if (!unit) return body;
    const terms = countedTerms(topicText(text));
    let counting = body.items.filter((i) => this.passages.countsIn(i.number, terms, unit));
    // Several count a word of the question: the one that states the figure right after it (No.3's 「公の施設 38
    // 施設」, not No.15's 「目標 4 施設に対し 1 施設」).
    if (counting.length > 1)
      counting = counting.filter((i) => this.passages.countsIn(i.number, terms, unit, true));
    return counting.length === 1 ? { kind: "item", query: body.query, item: counting[0] as PlanItem } : body;
  }

  /**
   * The whole message first; when that finds nothing, each clause on its own, and the one clause that gives a
   * confident answer wins (「お世話になっております。滞納整理の件で、…」).
   */
  private byClauses(query: string, text: string): AnswerBody {
    // 「議員からの質問をそのまま転記します。「…を全て示されたい。」」: a question relayed word for word is the question;
    // who relays it, and how, is not its topic.
    const relayed = RELAYED_QUESTION.exec(text);
    if (relayed && RELAYED_BY.test(text.replace(relayed[0], " ")))
      return this.byClauses(query, relayed[1] as string);
    // Why the asker asks (「来週の会議で使うので、」) is not the topic: the question without it is asked first, and
    // answers when it names something (an item, items, a department). A reason that is the whole topic
    // (「ふるさと納税の資料を作るので、実績を」) leaves nothing named, and the whole question is asked; so does a
    // status word left alone (「…の件で報告するので、達成状況は」: the item is in the reason).
    // After a greeting too (「お疲れさまです、広報担当です。来週の会議で使うので、…」). Then without a wish said before
    // the question as well (「広報紙の記事で使いたいのですが、」: WISH_CLAUSE), which may be the topic itself
    // (「使用料のことで確認したいんですが、どの項目？」): tried only after the question with it.
    const opened = afterGreeting(text);
    const reasonless = REASON_CLAUSE.test(opened)
      ? opened.replace(REASON_CLAUSE, "")
      : text.replace(REASON_CLAUSE, "");
    const cores = [withoutTrailingReason(reasonless)];
    // 「民間企業との協働でどんなことやってるのか、新人研修で説明しないといけなくて。概要もらえますか」: why, told between
    // what is asked and the ask, is as little the topic as before it.
    const midReasonless = text.replace(MID_REASON, "。");
    if (midReasonless !== text) cores.push(midReasonless);
    const wishless = opened.replace(REASON_CLAUSE, "");
    if (WISH_CLAUSE.test(wishless)) cores.push(withoutTrailingReason(wishless.replace(WISH_CLAUSE, "")));
    // Help, or the whole plan (「全部」), asked beside a reason: the answer when the whole question finds nothing.
    let plain: AnswerBody | null = null;
    let unwrittenCore: AnswerBody | null = null;
    for (const core of cores) {
      if (core === text || !/[\p{L}\p{N}]/u.test(core)) continue;
      // 「議会答弁の準備で確認です。経営健全化の項目ぜんぶ」: the items titled with a term, asked after the reason, as
      // bodyOf reads them asked alone.
      const asked = this.countedAmong(core, this.titledWith(query, core) ?? this.interpret(query, core));
      if (plain === null && (asked.kind === "help" || (asked.kind === "list" && asked.reason.type === "all")))
        plain = asked;
      if (
        asked.kind === "item" ||
        asked.kind === "candidates" ||
        (asked.kind === "list" &&
          (asked.reason.type === "department" ||
            asked.reason.type === "status" ||
            asked.reason.type === "unfinished" ||
            asked.reason.type === "titled")) ||
        (asked.kind === "none" && asked.reason === "not_about_plan")
      )
        return asked;
      // 「来週の会議で使うので、市道の穴ぼこ補修、R5は何件？」: a question that names something of its own the report
      // never writes (穴ぼこ) is about that, whatever the reason's words find with it (会議: No.13's ペーパーレス会議),
      // when the reason alone finds nothing (「ハラスメント研修の受講者数を資料に入れたいので、」 is the topic).
      if (
        unwrittenCore === null &&
        asked.kind === "none" &&
        text.includes(core) &&
        this.holdsUnwrittenWord(core)
      ) {
        const reason = this.interpret(query, text.replace(core, " "));
        if (reason.kind === "none") unwrittenCore = asked;
      }
    }
    let whole = this.countedAmong(text, this.interpret(query, text));
    // The whole question finding nothing either says so better (a counter's question, where its topic is).
    if (unwrittenCore && whole.kind !== "none") return unwrittenCore;
    // A reason before the topic (kept: it may be the topic) and another after it (「…。資料作成のためです」).
    const untrailed = withoutTrailingReason(text);
    if (whole.kind === "none" && whole.reason === "no_match" && untrailed !== text)
      whole = this.countedAmong(untrailed, this.interpret(query, untrailed));
    // 「来週の会議で使うので、使い方を教えて」: asking how to use the bot, whatever for.
    if (plain && whole.kind === "none" && whole.reason === "no_match") return plain;
    if (whole.kind !== "none" || whole.reason !== "no_match") return whole;
    const clauses = text.split(CLAUSE_BREAK).filter((c) => c.trim() !== "");
    if (clauses.length < 2) return whole;
    const answers = clauses.map((c) => this.interpret(query, c));
    const found = (a: AnswerBody) => a.kind === "item" || a.kind === "list" || a.kind === "candidates";
    const confident = answers.filter(found);
    if (answers.some((a) => a.kind === "none" && a.reason === "not_about_plan")) {
      return { kind: "none", query, reason: "not_about_plan", range: this.range };
    }
    if (confident.length === 1) return confident[0] as AnswerBody;
    // 「…の実績を教えてください。R7の計画値に対してどのくらいかを議員が気にしています。」: of the clauses that find
    // something, the one that asks is the question; the others say why.
    // Only when every other clause that finds something is a statement (「…が気にしています。」).
    const asks = clauses.map((c) => ASKS.test(c));
    const asking = clauses.flatMap((_, i) => (asks[i] && found(answers[i] as AnswerBody) ? [i] : []));
    const statements = clauses.every(
      (c, i) => asking.includes(i) || !found(answers[i] as AnswerBody) || (!asks[i] && STATES.test(c)),
    );
    const only = asking.length === 1 ? (answers[asking[0] as number] as AnswerBody) : null;
    return only?.kind === "item" && statements ? only : whole;
  }

  private interpret(query: string, text: string): AnswerBody {
    const none = (reason: "no_match" | "not_about_plan"): AnswerBody => ({
      kind: "none",
      query,
      reason,
      range: this.range,
    });
    // 「公民館みたいな集会所」「公民館とかの社会教育施設」: the example names what is meant by the word after it, which
    // is the topic; read alone, the example would be an item of its own (公民館: No.14's).
    let rest = text.replace(FISCAL_YEAR, " ").replace(PLAN_NAME, " ").replace(EXAMPLE_OF_KIND, "");
    const greeting = cut(rest, GREETING);
    const greeted = greeting.found;
    rest = greeting.rest;
    // Another plan named by who asks (「都市計画の担当です。」) is not what is asked about. Named so as typed too: the
    // report's words can change a known name (「病院の経営強化プラン」 read as 「病院事業強化プラン」).
    if (
      this.namesAnotherGovernment(rest) ||
      (this.namesAnotherPlan(text.replace(GREETING, " ")) &&
        this.namesAnotherPlan(normalize(query).replace(GREETING, " ")))
    )
      return none("not_about_plan");
    // 「国の自治体DX推進計画の次の改定っていつ」: the state's plan itself (its revision, its next or latest version,
    // its full text) is the state's matter, though the report names the plan; where it does is said.
    const statePlan = STATE_PLAN_ITSELF.exec(rest)?.[1];
    if (statePlan) {
      const where = this.topicPointer(statePlan);
      return where ? { ...none("not_about_plan"), note: where } : none("not_about_plan");
    }
    // 「うちの地区にはいつ下水道が来るんですか」「次はうちの地区に来るのか」: when the asker's own place gets something is
    // the asker's own case, which a report of the plan's progress never settles, though its topic is an item's.
    // Not when the plan is asked of beside it (「…とのこと。プラン上は古川処理区の整備についてどう書かれてますか」).
    if (OWN_PLACE_WHEN.test(rest) && !PLAN_CONTEXT.test(rest.replace(OWN_PLACE_WHEN, " "))) {
      const where = this.topicPointer(rest);
      return { ...none("not_about_plan"), note: `報告書には地区ごとの予定は書かれていません。${where}` };
    }
    // Not in the report: what it does not say, then where its topic is, so that the asker can read what the report
    // does say of it (「松山の統合小学校」: No.14). `about` is the question without the word it lacks.
    const untold = (said: string, about: string): AnswerBody => ({
      ...none("not_about_plan"),
      note: `${said}${this.topicPointer(about)}`,
    });
    // The word the report lacks first: a rumour about it (「副業が解禁されるって聞いたんですが」) is told by that word.
    const attribute = this.attributeOutsideReport(text, rest);
    // A rate's word left beside it (利用率 of 「マイナ保険証の利用率は？」) is what was asked of it, no topic: No.20's
    // 病床利用率 is not where マイナ保険証 is.
    if (attribute)
      return untold(
        `報告書には「${attribute}」についての記載がありません。`,
        text.replace(attribute, " ").replace(RATE_WORDS, " "),
      );
    // 「障害者グループホームの整備計画って、このプランに入ってます？」: whether the plan holds something, asked of a word
    // the report never writes, is answered by that word's absence, as a rumour is.
    const unheld = this.unheldInPlan(query);
    if (unheld)
      return untold(`報告書には「${unheld}」についての記載がありません。`, rest.replace(unheld, " "));
    // An agreement with a partner the report never names, asked without a rumour's words too (「…って結んでたっけ？」).
    const partner = this.partnerUnnamed(normalize(query));
    if (partner)
      return untold(
        `報告書には「${partner}」との協定についての記載がありません。`,
        rest.replace(partner, " "),
      );
    // Read as typed too: an everyday phrase read in the report's words (友だち登録者数: ユーザー拡大者数) hides the
    // indicator.
    // 「経常収支比率 R5」: a year named beside the indicator asks its figure.
    const typed = normalize(query);
    const yearNamed = typed.replace(FISCAL_YEAR, "") !== typed;
    const indicator =
      this.indicatorOutsideReport(rest, yearNamed) ??
      this.indicatorOutsideReport(typed.replace(FISCAL_YEAR, " "), yearNamed, true);
    if (indicator)
      return untold(`報告書には「${indicator}」の数字は載っていません。`, rest.replace(indicator, " "));
    // 「生活保護の受給世帯数、R5で何世帯？」: a count in a unit the report never counts anything in has no figure
    // in it, whatever item shares a word of the question (No.17's 生活保護費返還金).
    const unit = this.unitNeverCounted(typed);
    if (unit) return untold(`報告書には「何${unit}」にあたる数字は載っていません。`, rest);
    // 「オープンデータってR5に何回ダウンロードされた？」: how many times something was done, by a deed the report never
    // writes at all: no item counts it, whichever holds the thing it was done to.
    const deed = DEED_COUNTED.exec(typed);
    const deedWord = deed?.[1] ?? deed?.[2];
    if (deedWord !== undefined && !this.planTextHas(deedWord) && this.unwritten(deedWord))
      return untold(`報告書には「${deedWord}」の回数や件数は載っていません。`, rest.replace(deedWord, " "));
    // 「1食あたりいくら」「交付金って1地区あたり上限いくら」「委託単価」: an amount per unit, a cap or a unit price,
    // which the report never gives.
    const perUnit = this.perUnitUnwritten(typed);
    if (perUnit)
      return untold(`報告書には「${perUnit}」の数字は載っていません。`, rest.replace(perUnit, " "));
    // 「鉛製給水管ってあと何件残ってる？」「貸付残高いくら残ってる？」: how much is left, which a report of what was done
    // gives only if it writes a remainder at all (this one writes no 残).
    if (REMAINDER_ASKED.test(typed) && !this.planTextHas("残"))
      return untold("報告書には、残りの数や額（あとどれだけ残っているか）は書かれていません。", rest);
    // 「地域包括支援センターって市内に何か所ありますか」: how many there are of a thing the report never names.
    const counted = THINGS_COUNTED.exec(typed)?.[1];
    if (counted !== undefined && this.unwritten(counted))
      return untold(`報告書には「${counted}」についての記載がありません。`, rest.replace(counted, " "));
    // 「マイナ保険証の登録率、どのくらい？」: a rate the report never names has no figure in it either.
    const rate = this.rateNeverWritten(typed);
    if (rate) return untold(`報告書には「${rate}」の数字は載っていません。`, rest.replace(rate, " "));
    // 「市民病院の外来の待ち時間、平均どのくらい」「除雪の委託って改革プランに入ってる？」: an everyday matter of the
    // city the report never writes, asked in the request itself (not in why it is asked). After the figures above,
    // whose notes say which figure is missing (「マイナ保険証の利用率」: the 利用率).
    const matter = this.matterOutsideReport(query);
    if (matter)
      // Shown as typed (ChatGPT, not the normalized chatgpt).
      return untold(
        `報告書には「${typedForm(query.normalize("NFKC"), fold(matter))}」についての記載がありません。`,
        rest.replace(matter, " "),
      );
    // 「学校給食費の無償化っていつから？」: a change of policy (無償化, 有料化) the report never writes: the plan cannot
    // tell of it, and the item whose topic is near (No.17's 学校給食費, a debt it collects) would look like the answer.
    const policy = this.policyUnwritten(typed);
    if (policy)
      return untold(`報告書には「${policy}」についての記載がありません。`, rest.replace(policy, " "));
    // 「やさしい日本語の研修」「在住外国人アンケート」: a kind of a thing many items have, named by a word the report
    // never writes: not the report's training or survey, whichever item holds some.
    const kind = this.unknownKind(typed);
    if (kind) return untold(`報告書には「${kind}」についての記載がありません。`, rest.replace(kind, " "));
    // 「返礼品に牛タン入れていいの？」: one gift the report never names (it names 体験メニュー), its popularity or how
    // many suppliers offer gifts.
    const gift = GIFT_NAMED.exec(typed)?.[1];
    const giftUnnamed = gift !== undefined && !this.passages.anyContains(fold(gift));
    if ((giftUnnamed || GIFT_DETAIL.test(typed)) && !PLAN_CONTEXT.test(requestOf(typed)))
      return untold("報告書には、返礼品の品目・人気・品目ごとの寄附・事業者の数は書かれていません。", rest);
    // 「ふるさと納税の寄附金、何の事業に使ったの」: what money was spent on, which no report of progress tells.
    if (FUNDS_USED.test(typed) && !PLAN_CONTEXT.test(requestOf(typed)))
      return untold("報告書には、お金を何に使ったか（使い道）は書かれていません。", rest);
    // 「水道料金の値上げっていつから」「給食費の値上げ」: a revision of a fee the report never tells of; No.5 reviews
    // facility fees, and its 使用料改定 is the report's own.
    const fee = this.feeChangeUntold(typed);
    if (fee) return untold(`報告書には「${fee}」の改定についての記載がありません。`, rest.replace(fee, " "));
    // 「敬老会の補助金、1人あたりいくら」「観光協会への補助金カット」: one body's subsidy, fee or pay. No.4 reviews
    // subsidies as a whole and names none of those bodies; where its topic is, is said. The body's name as a whole:
    // 観光協会 is no body of the report's though it writes 観光 and 協会. Named in the request, not in a thought added
    // after it (「…追っかけてる？農林の補助金も関係あるのかなと思って」).
    // 「多面的機能支払交付金も補助金の見直し対象になった？」: a subsidy named as one word, for whom or what it is.
    const ofRecipient = SUBSIDY_RECIPIENT.exec(requestOf(typed));
    const subsidyNamed = ofRecipient ? null : SUBSIDY_NAMED.exec(requestOf(typed));
    const recipient = ofRecipient?.[1] ?? subsidyNamed?.[1];
    // Asked whether it is under the plan's review (「子ども食堂への補助金って、プランで見直し対象になってます？」), the
    // plan's words around it do not make it the plan's.
    const underReview =
      /対象(?:に)?(?:なって|なる|入って)|(?:プラン|計画)(?:に|で)(?:は)?(?:入って|含まれ)/u.test(typed);
    if (
      recipient !== undefined &&
      (!PLAN_CONTEXT.test(typed) || (underReview && !ITEM_OF_IT_ASKED.test(requestOf(typed)))) &&
      !this.writes(fold(recipient))
    )
      return untold(
        subsidyNamed
          ? `報告書には「${subsidyNamed[0]}」は個別に書かれていません。`
          : `報告書には「${recipient}」の補助金などは個別に書かれていません。`,
        rest.replace(recipient, " "),
      );
    // 「市民病院が移転するってほんと？」: the report does not tell of it, but does of its topic (No.20). After the checks
    // above, which name what the report lacks (「有料化」, a partner, a fee's revision) where a rumour's note cannot.
    if (this.rumourOutsideReport(query, rest))
      return untold("報告書にはこの話は書かれていません。", rest.replace(RUMOUR, " "));
    // 「スマホのアプリで見られますか」: how to see something on one's phone, whatever it is. Read as typed: the
    // report's words would make スマホのアプリ its アプリ決済.
    const address = ADDRESS_SOUGHT.test(typed);
    const onDevice = SEEN_ON_DEVICE.test(typed) || PAGE_SOUGHT.test(typed) || address;
    // A citizen's case passed on is a counter's question, unless it quotes what the citizen asked (「…って見たけど、
    // どこの土地？」 asks the plan's matter) or asks a figure.
    const relayedCase = CITIZEN_CASE.test(typed) && !/[「『]/u.test(typed) && !FIGURE_ASK.test(text);
    // 「子ども食堂ってプランに載ってる？」: the service word (食堂) asked of the plan is the topic; with it gone, nothing
    // names what is asked, and the answer is that the plan has no such item, not the bot's help.
    let serviceWordsDropped = false;
    // 「…土地を借りたいって相談があって、遊休資産の貸付がどれくらい…」: the service word is the citizen's, passed on
    // as the occasion; what the asker wants to know is what follows, when it asks a figure or the plan of a topic.
    const ownRequest = rest.replace(RELAYED_OCCASION, "");
    const relayed =
      ownRequest !== rest &&
      ((countedTerms(ownRequest).length > 0 &&
        (FIGURE_ASK.test(ownRequest) || PLAN_CONTEXT.test(ownRequest))) ||
        REPORT_TELLS.test(ownRequest) ||
        PLAN_ITSELF_ASKED.test(ownRequest));
    const serviceAsked = relayed ? this.asksForService(ownRequest) : this.asksForService(rest);
    // 「…って苦情の電話がありました。プランに何か書いてありますか？」: how the matter came (苦情, 電話) is not its topic.
    if (relayed && !serviceAsked) rest = rest.replace(RELAY_FRAME, "。");
    if (serviceAsked || onDevice || relayedCase || this.ownCase(typed)) {
      // 「移動市長室はどこで確認できますか」 asks where in the plan; 「住民票はどこで取れますか」 asks for a counter.
      const seen = CITIZEN_ASKED.test(text) || onDevice ? text.replace(SEEN_WHERE, " ") : text;
      const context = address ? seen.replace(/載って|(?:を)?載せ/g, " ") : seen;
      // 「…電子申請できるようにする計画、R6とR7で何件ずつ？」: a count asked for a year of the plan is the plan's.
      const countForYear = /何\s*(?:件|人|施設|団体|回)/.test(text) && mentionedFiscalYear(text, 0) !== null;
      // 「電子申請できる手続きは何件になった？」: the procedures counted are the plan's figure (No.10), not one to go
      // through.
      const countsProcedures = /(?:手続き?|申請)(?:は|が|って|の数)?(?:何\s*件|いくつ)/.test(text);
      if (!PLAN_CONTEXT.test(context) && !countForYear && !countsProcedures) {
        // A counter's question on a plan topic (「公共施設の予約ってLINEでできるんでしたっけ？」): the plan cannot say
        // how to do it, but the asker may want what it says of the topic (No.9).
        const where = this.topicPointer(rest.replace(SERVICE_INTENT_ALL, " "));
        return where ? { ...none("not_about_plan"), note: where } : none("not_about_plan");
      }
      rest = rest.replace(SERVICE_INTENT_ALL, " ");
      serviceWordsDropped = true;
    } else {
      // 「指定管理の更新手続き」 asks about the renewals, as 「指定管理の更新」 does: the word is the asker's, and two
      // items write the matter in two forms (契約更新手続き, 更新の手続).
      rest = this.withoutPlanProcedures(rest);
    }

    const departments = this.departments.find(rest);
    // 「デジタル戦略課関係の取組」「納税課関連の項目」: what the department has to do with is its items; 関係 left alone
    // would be a word of its own (No.10's 子育て・介護関係).
    for (const d of departments) {
      const at = rest.indexOf(d.form);
      if (at < 0) continue;
      const end = at + d.form.length;
      const tie = FIELD_AFTER.exec(rest.slice(end))?.[0] ?? "";
      rest = `${rest.slice(0, at)} ${rest.slice(end + tie.length)}`;
    }

    // 「予定していたのにできなかった項目」「見送りになったもの」: the items whose 総評 says so, when nothing else is asked.
    // Read on a copy: the words stay in the question for a topic that holds them (「減免率の改正見送り」 is No.5's).
    const unfinished = this.unfinishedAsked(
      query,
      rest,
      departments.map((d) => d.department),
    );
    if (unfinished) return unfinished;
    // 「R5実績がゼロ件だった取組ある？」: the items whose result of the year is zero, by their figures.
    if (ZERO_RESULT.test(rest) && /取組|取り組み|項目|もの/u.test(rest)) {
      const zero = itemsWithZeroResult(this.plan);
      if (zero.length === 1) return { kind: "item", query, item: zero[0] as PlanItem };
      if (zero.length > 1) return { kind: "candidates", query, items: zero };
    }

    // 「達成率が一番高い項目」「達成率の低い順」: the items ranked by their rate, when nothing else
    // is asked (「ふるさと納税の達成率は」 is No.18's).
    const ranking = RANKED_BY_RATE.exec(rest);
    if (ranking && departments.length === 0) {
      const left = rest.replace(ranking[0], " ").replace(FILLER, " ").replace(ALL, " ");
      if (contentRuns(left).length === 0) return this.ratedList(query, ranking[1] ? "low" : "high");
    }

    // 「順調な項目以外」「達成した取組以外」: every item whose status is another (the list of that status would be
    // the very items left out). Only a status before 以外, with no department or topic beside it.
    if (departments.length === 0) {
      const except = STATUS_EXCEPTED.exec(rest);
      const stated = except ? statusIn(except[1] as string) : null;
      if (stated?.status && contentRuns(stated.rest.replace(FILLER, " ")).length === 0)
        return statusListOf(this.plan, query, stated.status, false, true);
    }

    // 「未達でも大幅超過でもなく、おおむね計画どおり進んでる項目」「遅れじゃなくて達成した取組」: statuses denied
    // before the one asked are not asked.
    // The cheap test first: most questions deny nothing, and the pattern tries every start of the text.
    const denials = DENIAL_WORD.test(rest)
      ? [...rest.matchAll(STATUS_DENIED)].filter((d) => statusIn(d[0]).status)
      : [];
    const last = denials.at(-1);
    // Each status word read again without the patterns' g flag, whose lastIndex a test would leave behind.
    // The status asked may come after the denials or before them, the denials then saying what it is not
    // (「順調に進んでる（遅れも超過もない）項目」).
    const deniedStatuses =
      last &&
      (statusIn(rest.slice((last.index ?? 0) + last[0].length)).status ||
        statusIn(rest.slice(0, denials[0]?.index ?? 0)).status)
        ? STATUS_PATTERNS.flatMap(([s, p]) =>
            denials.some((d) => new RegExp(p.source, "u").test(d[0])) ? [s] : [],
          )
        : [];
    if (deniedStatuses.length > 0) for (const d of denials) rest = rest.replace(d[0], " ");
    // 「遅れてない項目」「未達じゃない取組」: the items that are not behind, not those that are.
    const notBehind = cut(rest, NOT_BEHIND);
    rest = notBehind.rest;
    const targetMissed = asksTargetMissed(rest);
    // Status words typed in katakana (タッセイ, ｵｸﾚ after NFKC) read as their hiragana forms.
    const stated = statusIn(
      rest.replace(/[\p{Script=Katakana}ー]+/gu, (w) =>
        STATUS_KANA.test(toHiragana(w)) ? toHiragana(w) : w,
      ),
    );
    const status = stated.status;
    rest = stated.rest;
    // 「…達しなかったものを全て示されたい。また、その主な要因も」: why a status is what it is, asked beside it, is
    // answered by each item's 総評; 要因 is no topic of its own.
    if (status) rest = rest.replace(/(?:その)?(?:主な|主たる)?(?:要因|原因|理由)/g, " ");
    // 「デジタル系（デジタル戦略課）の項目で遅れてるの」: beside a department and a status, a field's word says which the
    // department's items are; read as a topic, デジタル would be No.9's.
    if (status && departments.length > 0) rest = rest.replace(FIELD_WORD, " ");
    const all = cut(rest, ALL);
    const wantsAll = all.found;
    rest = all.rest;
    // Whole phrases are looked for before question words are removed: 「病院機能評価」 contains 評価.
    const phraseText = fold(rest);
    rest = rest.replace(FILLER, " ");

    const allRuns = contentRuns(rest);
    const runs = allRuns.filter((r) => !HELP_WORDS.has(r));
    const depts = departments.map((d) => d.department);
    // Runs typed in hiragana alone (なか, あった): the asker's phrasing unless a phrase of the plan holds them.
    const phrasing = hiraganaRuns(rest);
    // 「デジタル戦略課の担当のなかで目標下回ったのは」: beside a department or a status, they are no topic of their own.
    // Not a word of four kana or more that one or two items write (ふるさと of ふるさと納税): 「ふるさとって目標達成
    // してる？」 asks No.18's status.
    const namesItems = (r: string) => {
      if ([...r].length < 4) return false;
      const n = this.passages.itemsContaining(r).length;
      return n >= 1 && n <= 2;
    };
    const phrasingOnly =
      (depts.length > 0 || status !== undefined || notBehind.found) &&
      runs.length > 0 &&
      runs.every((r) => phrasing.has(r) && !namesItems(r));
    if (runs.length === 0 || phrasingOnly) {
      if (notBehind.found && !status)
        return depts.length > 0
          ? this.departmentList(query, depts, "behind", true)
          : statusListOf(this.plan, query, "behind", false, true);
      if (depts.length > 0) return this.departmentList(query, depts, status);
      if (status) return statusListBut(this.plan, query, status, targetMissed, deniedStatuses);
      if (wantsAll) return { kind: "list", query, items: this.plan.items, reason: { type: "all" } };
      // 「令和8年度の目標は？」: a year the plan has no figures for, asked of nothing else, is answered as such.
      const yearOutside = this.yearOutsidePlan(text);
      if (yearOutside) return { ...none("not_about_plan"), note: yearOutside };
      // 「こんにちは」 alone is a greeting, not a request for help; 「使い方を教えて」 is.
      return (greeted && allRuns.length === 0) || serviceWordsDropped
        ? none("no_match")
        : { kind: "help", query };
    }

    // 「デジタル関係で目標を下回ったのは」「ふるさと納税と遊休資産以外で、目標を超えた項目ってある？」: a status asked
    // of a field's items, or of all but some.
    if (status && depts.length === 0) {
      const scoped = this.statusInScope(query, rest, status, targetMissed);
      if (scoped) return scoped;
    }

    const allowed =
      depts.length > 0
        ? new Set(depts.flatMap((d) => itemsOfDepartment(this.plan, d).map((i) => i.number)))
        : null;
    const hits = this.index.search(phraseText, runs).filter((h) => !allowed || allowed.has(h.id));
    const best = hits[0];
    // Two topics in one question (「ふるさと納税と滞納整理」): another item explains a part the best one does not.
    const explains = (h: TopicHit, run: string) => h.matched.some((p) => p.includes(run) || run.includes(p));
    // A run typed in hiragana that no item's phrase holds (あった, いきま) is phrasing, not content left
    // unexplained, when the best item stands clearly apart and itself holds a word of the question; otherwise
    // the whole question is weighed, and a weak or shared match goes on to the report's text.
    const holds = (r: string) => hits.some((h) => h.matched.some((p) => p.includes(r)));
    const apart =
      best !== undefined &&
      (hits[1]?.score ?? 0) < best.score * CLOSE_SHARE &&
      runs.some((r) => !phrasing.has(r) && explains(best, r));
    const contentLength = runs.reduce(
      (n, r) => (apart && phrasing.has(r) && !holds(r) ? n : n + r.length),
      0,
    );
    const minScore = allowed ? MIN_SCORE_IN_DEPARTMENT : MIN_SCORE;
    // 「滞納」「滞納の取組について聞きたい」: one two-kanji word that several items are called by (No.16's 滞納整理,
    // No.17's 使用料の滞納) is too short to score, and too much a name to be nothing: those items are offered.
    // Phrasing typed in hiragana beside it (「滞納の実績を見たいんですが」) leaves the word alone all the same, when it is
    // named as a topic (before の, って, は …), not the stem of a verb (「どう整理されているか」).
    const worded = runs.filter((r) => !phrasing.has(r));
    const asTopic = (w: string) =>
      runs.length === 1 || new RegExp(`${w}(?:の|って|は|が|を|$)`, "u").test(fold(rest));
    const sole =
      worded.length === 1 && /^\p{Script=Han}{2}$/u.test(worded[0] as string) && asTopic(worded[0] as string)
        ? (worded[0] as string)
        : null;
    if (sole && (!best || best.score < minScore)) {
      const called = this.index.calledBy(sole).filter((n) => !allowed || allowed.has(n));
      if (called.length >= 2 && called.length <= 3)
        return {
          kind: "candidates",
          query,
          items: called.sort((a, b) => a - b).map((n) => this.plan.byNumber.get(n) as PlanItem),
        };
      // 「廃校」: a word two or three items list among their names and terms about as strongly (No.3's 廃校の利活用,
      // No.19's 廃校 for its 旧小学校), though only one is called by it.
      const listing = best ? listedAlike(hits, best, sole) : [];
      if (listing.length >= 2 && listing.length <= 3) return this.offered(query, listing);
      // 「差押」「下水 効果額」: the only word asked, and half or more of a name only one item is called by (No.16's
      // 差押え, No.21's 上下水道): that item. Not a word that only qualifies a longer name (税金 of 税金の滞納).
      const only =
        called.length === 1 && allRuns.length === 1 ? this.plan.byNumber.get(called[0] as number) : undefined;
      const named =
        only &&
        (this.foldedNames.get(only.number) ?? []).some(
          (n) => n.includes(sole) && sole.length * 2 >= n.length,
        );
      if (only && named) return { kind: "item", query, item: only };
      // 「譲与」: a word of one item's title alone (No.15 集会施設の地域への譲与の推進), whatever other items' text says.
      // Titles are the first of each item's folded names, made once.
      const titled = this.plan.items.filter((i) => this.foldedNames.get(i.number)?.[0]?.includes(sole));
      if (
        allRuns.length === 1 &&
        titled.length === 1 &&
        (!allowed || allowed.has((titled[0] as PlanItem).number))
      )
        return { kind: "item", query, item: titled[0] as PlanItem };
      // 「凛菜」 typed alone: a name (a facility, a place) that only one item's report writes is that item's.
      const holders = called.length === 0 ? this.passages.itemsContaining(sole) : [];
      const holder = holders.length === 1 ? this.plan.byNumber.get(holders[0] as number) : undefined;
      if (holder && fold(phraseText) === sole && (!allowed || allowed.has(holder.number)))
        return { kind: "item", query, item: holder };
    }
    // 「LINEを使ってる取組ってありましたよね？」: the topic is one word (LINE) that two or three items list among
    // their names and terms about as strongly (No.6's 大崎市公式 LINE, No.9's LINE 公式アカウント); the phrasing
    // around it cannot choose between them, so they are offered.
    const topicWords = countedTerms(topicText(rest));
    const topicWord = topicWords.length === 1 ? (topicWords[0] as string) : null;
    if (
      best &&
      topicWord &&
      [...topicWord].length >= MIN_TERM_LENGTH &&
      best.score / contentLength < MIN_COVERAGE
    ) {
      const listing = listedAlike(hits, best, topicWord);
      if (listing.length >= 2 && listing.length <= 3 && listing[0] === best)
        return this.offered(query, listing);
    }
    if (!best || best.score < minScore || best.score / contentLength < MIN_COVERAGE) {
      const found =
        this.namedItem(query, phraseText, allowed) ??
        this.byPassages(query, topicText(rest), allowed, askedUnit(text));
      if (found) return found;
      // 「総務課のペーパーレス会議の実績」「総務担当です。うちでもペーパーレス会議を…」: an item named outright by its
      // title or an alias, though not the department's, is what is asked: the department is the asker's guess, or
      // their own office, and its list (a card, when it has one item) would answer another question. The item's
      // card says whose it is.
      const namedElsewhere = depts.length > 0 ? this.namedItem(query, phraseText, null) : null;
      if (namedElsewhere) return namedElsewhere;
      // The topic is not among the departments' items: show what the departments do have. Words left over
      // beside a status (「達成できた取組を全部出してもらえますか」) are phrasing: the status list is the answer.
      if (depts.length > 0) return this.departmentList(query, depts, status);
      return status
        ? statusListBut(this.plan, query, status, targetMissed, deniedStatuses)
        : none("no_match");
    }
    // A runner-up is no alternative when it explains nothing the best does not, while the best explains a word
    // of three characters or more that it does not (「ANAのポータルサイト」: both have a ポータルサイト, only
    // No.18 has ANA).
    // So is one matched by its body alone when the best is matched by one of its names that the runner-up's report
    // never writes (「市税の滞納額の縮減効果」: both count 滞納額の縮減効果, only No.16 is called 市税の滞納).
    const named = (h: TopicHit) => {
      const names = this.foldedNames.get(h.id) ?? [];
      return h.matched.filter((p) => names.includes(p));
    };
    const bestNamed = named(best);
    const outdone = (h: TopicHit) =>
      h !== best &&
      (runs.some((r) => r.length >= 3 && explains(best, r) && !explains(h, r)) ||
        (named(h).length === 0 && bestNamed.some((p) => !this.passages.itemContains(h.id, p)))) &&
      !runs.some((r) => explains(h, r) && !explains(best, r));
    // The first five close runners-up that are not outdone; a large plan can have thousands of close hits.
    const close: TopicHit[] = [];
    for (const h of hits) {
      if (close.length === 5) break;
      if (h.score >= best.score * CLOSE_SHARE && !outdone(h)) close.push(h);
    }
    // Short runs (DX, AI) appear inside too many phrases to count as a topic of their own.
    const unexplained = runs.filter((r) => r.length >= 3 && !explains(best, r));
    // Its evidence is measured on that word alone: a word found only inside a long phrase (プラン, the plan
    // itself, in No.20's 大崎市民病院経営強化プラン) added to what it shares with the best is not a topic of its own.
    const strength = new Map<string, TopicHit[]>();
    const alone = (r: string) => {
      const known = strength.get(r);
      if (known) return known;
      const found = this.index.search(r, [r]);
      strength.set(r, found);
      return found;
    };
    const other = hits.find(
      (h) =>
        !close.includes(h) &&
        unexplained.some(
          (r) =>
            explains(h, r) &&
            (alone(r).find((a) => a.id === h.id)?.score ?? 0) >= r.length * SECOND_TOPIC_STRENGTH,
        ),
    );
    if (other && close.length < 5) close.push(other);
    const items = close.map((h) => this.plan.byNumber.get(h.id) as PlanItem);
    if (items.length === 1 && runs.length === 1) {
      const shared = this.soleSharedTerm(query, phraseText, runs[0] as string, best, hits, allowed);
      if (shared) return shared;
    }
    if (items.length === 1)
      return this.resolveSharedTerm(query, phraseText, runs, items[0] as PlanItem, best, allowed);
    // 「広報紙の印刷と発送を外部委託する話」: No.6 is 広報, but one sentence of No.3's writes every word asked
    // (広報おおさきの作成，印刷，発送業務のアウトソーシング).
    const asked = countedTerms(rest);
    const teller = this.soleTeller(
      asked,
      items.map((i) => i.number),
      false,
    );
    if (teller !== null) return { kind: "item", query, item: this.plan.byNumber.get(teller) as PlanItem };
    // 「広報おおさきのページ数」: a word of three characters or more that one of them writes and no other item of the
    // report does (ページ数: No.6's) tells which the name they share (広報おおさき: No.3's and No.6's) is asked of.
    // Not when another of them writes a word asked that it lacks (「ふるさと納税と遊休資産」「利活用・貸付け」: both are asked).
    const owners = new Set(
      asked.flatMap((w) => {
        // Two holders are enough to know it is not one item's: a large plan's common words are in thousands.
        const holders = [...w].length >= 3 ? this.passages.itemsContainingUpTo(w, 2) : [];
        return holders.length === 1 ? holders : [];
      }),
    );
    const owner = owners.size === 1 ? items.find((i) => owners.has(i.number)) : undefined;
    const ownerOnly =
      owner !== undefined &&
      items.every(
        (i) =>
          i === owner ||
          !asked.some(
            (w) => this.passages.itemContains(i.number, w) && !this.passages.itemContains(owner.number, w),
          ),
      );
    if (owner && ownerOnly) return { kind: "item", query, item: owner };
    return { kind: "candidates", query, items };
  }

  /**
   * Where the plan tells of the topic of a question it cannot answer (「この話題は No.9「…」にあります」), read from
   * `text` without what it cannot answer; "" when no one item is the topic.
   */
  private topicPointer(about: string): string {
    // The names and terms alone, not the whole reading of a question: a pointer is a hint, and a question the bot
    // cannot answer should not cost twice one it can.
    // Nor the city's or the plan's name (「…って大崎市どのくらい？」): 大崎市 is where, not No.20's 大崎市民病院.
    const text = about.replace(PLAN_NAME, " ");
    const runs = contentRuns(text).filter((r) => !HELP_WORDS.has(r));
    const [best, second] = this.index.search(fold(text), runs);
    if (!best || best.score < MIN_SCORE || (second?.score ?? 0) >= best.score * CLOSE_SHARE) return "";
    const item = this.plan.byNumber.get(best.id) as PlanItem;
    return topicAt(item);
  }

  /** The topic hits offered to pick from (「もしかして」), in the order found. */
  private offered(query: string, hits: readonly TopicHit[]): AnswerBody {
    return { kind: "candidates", query, items: hits.map((h) => this.plan.byNumber.get(h.id) as PlanItem) };
  }

  /**
   * A question whose whole content is one term that several items are called by (統廃合: in No.2's title and
   * No.14's alias) or measure their effect by: nothing else in the question can decide between them, so they are offered together, the
   * best match first. A term that one item is called by and others only mention in keywords or text (滞納整理:
   * No.16's alias, No.17's keywords) is that item's, as the topic weights say.
   */
  private soleSharedTerm(
    query: string,
    question: string,
    run: string,
    best: TopicHit,
    hits: readonly TopicHit[],
    allowed: Set<number> | null,
  ): AnswerBody | null {
    const item = this.plan.byNumber.get(best.id) as PlanItem;
    if (run.length < MIN_TERM_LENGTH || fold(item.title) === run) return null;
    // A phrase of the best item found whole in the question and reaching past the term decides (市税の滞納 in
    // 「市税の滞納額を…」 is No.16's): the question says more than the shared term.
    if (best.matched.some((p) => !run.includes(p) && question.includes(p))) return null;
    // An item whose effect rows measure the term (市民満足度: No.6's alias, and the label of No.1's figure
    // 協働のまちづくりに関する市民満足度) is as much what the term asks about as one called by it.
    const measuring = this.passages
      .itemsContaining(run)
      .filter((n) =>
        this.plan.byNumber.get(n)?.effects.some((e) => e.figures.some((f) => fold(f.label).includes(run))),
      );
    const naming = [...new Set([...this.index.calledBy(run), ...measuring])].filter(
      (number) => number !== item.number && (!allowed || allowed.has(number)),
    );
    if (naming.length === 0) return null;
    const rank = (n: number) => {
      const at = hits.findIndex((h) => h.id === n);
      return at < 0 ? hits.length : at;
    };
    const others = naming.sort((a, b) => rank(a) - rank(b) || a - b).slice(0, 2);
    const items = [item.number, ...others].map((n) => this.plan.byNumber.get(n) as PlanItem);
    return { kind: "candidates", query, items };
  }

  /**
   * The item whose report writes a word of the question whole, when the best item only resembles it: 「連携協約」
   * shares 連携協 with No.3's name 包括連携協定, and No.20 alone writes 連携協約. `item` when no one other item does.
   */
  private typedWhole(
    query: string,
    runs: readonly string[],
    item: PlanItem,
    allowed: Set<number> | null,
  ): AnswerBody {
    const whole = runs.filter(
      (r) => r.length >= MIN_TERM_LENGTH && !this.passages.itemContains(item.number, r),
    );
    const holders = new Set(
      whole.flatMap((r) => this.passages.itemsContaining(r)).filter((n) => !allowed || allowed.has(n)),
    );
    const [holder] = holders;
    const other = holders.size === 1 && holder !== undefined ? this.plan.byNumber.get(holder) : undefined;
    return { kind: "item", query, item: other ?? item };
  }

  /**
   * One item found by a term that is not in its title (an alias, a keyword, a body phrase) may not be the only
   * one the term fits: 政策アドバイザー stands in No.1's activities and No.6's keywords. The items whose text also
   * has the term are weighed by the whole question in the report's text; those about as good as the best are
   * offered together, and a clearly better one is the answer (保育料の滞納額 is No.17's table, not No.16).
   * The term is a phrase found whole in the question or, when none is, a word of the question found inside the
   * item's phrases (指定管理 inside No.15's 指定管理者制度, and in No.3's 指定管理者 too).
   */
  private resolveSharedTerm(
    query: string,
    question: string,
    runs: readonly string[],
    item: PlanItem,
    hit: TopicHit,
    allowed: Set<number> | null,
  ): AnswerBody {
    const folded = fold(question);
    let terms = hit.matched.filter((p) => p.length >= 3 && folded.includes(p));
    if (terms.length === 0) {
      terms = runs.filter((r) => r.length >= MIN_TERM_LENGTH && hit.matched.some((p) => p.includes(r)));
    }
    const title = fold(item.title);
    if (terms.length === 0) return this.typedWhole(query, runs, item, allowed);
    const inTitle = terms.find((t) => title.includes(t));
    if (inTitle) return this.titleTermElsewhere(query, question, item, inTitle, allowed);
    // One of the item's names that no other item's report writes decides it, though a longer term is shared
    // (「市税の滞納額の縮減効果」: 滞納額の縮減効果 is No.16's and No.17's figure; only No.16 is 市税の滞納).
    const names = [item.title, ...item.aliases].map(fold);
    const ownWord = (t: string) =>
      names.includes(t) && this.passages.itemsContaining(t).every((n) => n === item.number);
    if (terms.some(ownWord)) return { kind: "item", query, item };
    const term = [...terms].sort((a, b) => b.length - a.length)[0] as string;
    const sharing = this.passages
      .itemsContaining(term)
      .filter((n) => n !== item.number && (!allowed || allowed.has(n)));
    if (sharing.length === 0) return { kind: "item", query, item };
    // Scored on the topic alone: a request's words (「…をおしえてください」) are in no item, yet their characters
    // score in some.
    const scores = new Map(
      this.passages
        .search(topicText(question), { allowed: new Set([item.number, ...sharing]) })
        .map((h) => [h.item, h.score]),
    );
    const ranked = [item.number, ...sharing]
      .map((n) => ({ n, score: scores.get(n) ?? 0 }))
      .sort((a, b) => b.score - a.score);
    const top = ranked[0]?.score ?? 0;
    // The rest of the question decides when the leader's text holds a word of it that another's lacks
    // (「公共施設の総量を減らす」: 総量 is No.14's alone); when nothing else does (「三本木に関係する取組」), the
    // shared term is the question, and an item that mentions it somewhat less is still an answer.
    // Words most items use (関係, 影響) decide nothing.
    const common = Math.max(2, this.plan.items.length * COMMON_WORD_SHARE);
    const rest = [...countedTerms(question), ...joinedWords(question)].filter((w) => {
      if (w.includes(term) || term.includes(w)) return false;
      const holders = this.passages.itemsContaining(w).length;
      return holders > 0 && holders <= common;
    });
    const leader = ranked[0]?.n ?? item.number;
    // A term that is the leader's keyword word for word (三本木地域: No.15's) is its name for the matter; another
    // item's text that merely mentions it must come as close as any runner-up.
    const ownName = (this.plan.byNumber.get(leader)?.keywords ?? []).some((k) => fold(k) === term);
    const decides = (n: number) =>
      ownName || rest.some((w) => this.passages.itemContains(leader, w) && !this.passages.itemContains(n, w));
    // Whichever mentions the shared term more, one that holds every word of the rest another holds, and a word of
    // three characters or more besides (「指定管理をしている公の施設」: 公の施設 is No.3's alone, 指定管理 No.3's and
    // No.15's), is what is asked. Two-character words (結果, 周知) are too ordinary to decide.
    const contenders = ranked.filter((r) => r.score >= top * SHARED_CLOSE);
    const held = new Map(
      contenders.map((r) => [r.n, rest.filter((w) => this.passages.itemContains(r.n, w))]),
    );
    const widest = contenders.filter((r) => {
      const mine = held.get(r.n) ?? [];
      return contenders.every((o) => {
        const theirs = held.get(o.n) ?? [];
        return (
          o === r ||
          (theirs.every((w) => mine.includes(w)) &&
            mine.some((w) => [...w].length >= 3 && !theirs.includes(w)))
        );
      });
    });
    if (contenders.length > 1 && widest.length === 1)
      return {
        kind: "item",
        query,
        item: this.plan.byNumber.get((widest[0] as { n: number }).n) as PlanItem,
      };
    // 「終期設定の徹底」 is No.4's measure word for word, and No.2 writes it in a sentence's form (終期設定を徹底した):
    // both write what is asked, however much more No.4 says of it.
    // And the other way round: 「終期設定を徹底した」 asked, No.4's 「終期設定の徹底」.
    const phrases = (
      fold(question).match(
        /[\p{Script=Han}\p{Script=Katakana}ー]+[のをが][\p{Script=Han}\p{Script=Katakana}ー]+/gu,
      ) ?? []
    ).filter((w) => w !== term && w.includes(term));
    const formsOf = (w: string) =>
      ["の", "を", "が"].map((p) =>
        w.replace(
          /(?<=[\p{Script=Han}\p{Script=Katakana}ー])[のをが](?=[\p{Script=Han}\p{Script=Katakana}ー])/u,
          p,
        ),
      );
    const inOtherForm = (n: number) =>
      phrases.some((w) => {
        const forms = formsOf(w);
        return (
          forms.some((f) => this.passages.itemContains(leader, f)) &&
          forms.some((f) => this.passages.itemContains(n, f))
        );
      });
    const close = ranked
      .filter(
        (r) =>
          r.score >= top * (decides(r.n) ? PASSAGE_CLOSE : SHARED_CLOSE) ||
          (r.n !== leader && inOtherForm(r.n)),
      )
      .slice(0, 3);
    const items = close.map((r) => this.plan.byNumber.get(r.n) as PlanItem);
    return items.length === 1
      ? { kind: "item", query, item: items[0] as PlanItem }
      : { kind: "candidates", query, items };
  }

  /**
   * 「市営住宅の使用料の滞納整理の実績」: 滞納整理 names No.16, but 市営住宅 (and 建築住宅課, whose row it is) only No.17's
   * text writes, and No.17 writes 滞納整理 too. Words of the question the named item never writes, each written by one
   * other item that writes the name (or its head: 滞納 of 滞納対策) as well, and the same one: that item is what is
   * asked about. Null otherwise.
   */
  private askedOfAnother(question: string, item: PlanItem, name: string): PlanItem | null {
    const elsewhere = countedTerms(question)
      .filter(
        (w) =>
          [...w].length >= 3 &&
          !w.includes(name) &&
          !name.includes(w) &&
          !this.passages.itemContains(item.number, w),
      )
      .map((w) => this.passages.itemsContaining(w))
      .filter((holders) => holders.length > 0);
    const other = elsewhere[0]?.[0];
    if (
      other === undefined ||
      other === item.number ||
      !elsewhere.every((holders) => holders.length === 1 && holders[0] === other) ||
      !(this.passages.itemContains(other, name) || this.passages.itemContains(other, headOf(name)))
    )
      return null;
    return this.plan.byNumber.get(other) ?? null;
  }

  /**
   * Whether the item writes the term with the word the question puts after it (「遊休資産の売却ってどう進んでる」: No.21
   * writes 遊休資産の売却).
   */
  private writesNext(item: number, core: string, term: string): boolean {
    const next = /^の?([\p{Script=Han}\p{Script=Katakana}ー]{2,})/u.exec(core.slice(term.length))?.[1];
    // Or in one sentence with a word between (No.21: 遊休資産の有効活用や処分 for 「遊休資産の処分」).
    return (
      next !== undefined &&
      ([`${term}の${next}`, `${term}${next}`].some((w) => this.passages.itemContains(item, w)) ||
        this.passages.mostInOnePassage(item, [term, next]) === 2)
    );
  }

  /**
   * A term of the item's title is that item's, unless another item's text holds a stretch of the question at
   * least twice the term's length and scores about as well (「遊休資産の売却に向けた」: No.19 is 遊休資産の活用,
   * and No.21's text says 遊休資産の売却に向けた word for word): that item is offered beside it. The term and a
   * word or two more (遊休資産の売却) is the title's item when asked for results or a figure, and offered with the
   * other item when asked of nothing (see `briefly`).
   */
  private titleTermElsewhere(
    query: string,
    question: string,
    item: PlanItem,
    term: string,
    allowed: Set<number> | null,
  ): AnswerBody {
    const sharing = this.passages
      .itemsContaining(term)
      .filter((n) => n !== item.number && (!allowed || allowed.has(n)));
    if (sharing.length === 0) return { kind: "item", query, item };
    const other = this.askedOfAnother(question, item, term);
    if (other) return { kind: "item", query, item: other };
    const hits = this.passages.search(question, { allowed: new Set([item.number, ...sharing]) });
    const own = hits.find((h) => h.item === item.number);
    if (!own) return { kind: "item", query, item };
    const also = hits
      .filter(
        (h) =>
          h.item !== item.number &&
          h.score >= own.score * PASSAGE_CLOSE &&
          h.longestTerm >= term.length * 2 &&
          h.longestTerm >= own.longestTerm,
      )
      .slice(0, 2)
      .map((h) => this.plan.byNumber.get(h.item) as PlanItem);
    // Asked which items are about the term (or the term alone), another item that states it as its own aim
    // (No.21's objective: 遊休資産の有効活用や処分) is one too, though its title is not: offered after the item the
    // term names. Asked for results or a figure, the item the term names is the one that reports them.
    // So does the term with a word more and no result or figure asked of it (「遊休資産の売却」「…ってどう進んでる」
    // 「…の取組が知りたい」): eight writers of the evaluation sets offered both items for it, and No.19 alone for its
    // results (実績, 売却額, 何件). The other item must then write the term with that word (No.21: 遊休資産の売却に
    // 向けた取組を実施する), or the whole of what is asked.
    // (「大崎市の遊休資産の売却」 reaches here without the city's name and its の: Answerer.answer drops both.)
    const core = fold(question).replace(/(?:の話|の件|の取組|の取り組み|について|のこと)$/, "");
    const briefly =
      core.startsWith(term) &&
      !FIGURE_ASK.test(question) &&
      !RESULTS_ASKED.test(question) &&
      mentionedFiscalYear(question, 0) === null;
    const whichItems =
      fold(question) === term ||
      (!FIGURE_ASK.test(question) && WHICH_ITEMS.test(question) && mentionedFiscalYear(question, 0) === null);
    // A word of the item's title beside the term that the other never writes keeps the question the item's
    // (「使用料などの収入を確保する取組」: 確保 of No.17's 使用料等の収入確保; No.5 writes 使用料等, never 確保).
    const title = fold(item.title);
    const asked = countedTerms(question).filter((w) => w.length >= 2);
    const titleWords = asked.filter((w) => !term.includes(w) && title.includes(w));
    // Unless the question names the other's title too (「見直しのほうか、収入確保のほうか」).
    const words = asked.filter((w) => !title.includes(w));
    for (const n of whichItems || briefly ? sharing : []) {
      const other = this.plan.byNumber.get(n);
      const otherTitle = fold(other?.title ?? "");
      if (
        titleWords.some((w) => !this.passages.itemContains(n, w)) &&
        !words.some((w) => otherTitle.includes(w))
      )
        continue;
      const writes =
        whichItems || this.passages.itemContains(n, core) || (briefly && this.writesNext(n, core, term));
      if (other && writes && also.length < 2 && !also.includes(other) && fold(other.objective).includes(term))
        also.push(other);
    }
    return also.length === 0
      ? { kind: "item", query, item }
      : { kind: "candidates", query, items: [item, ...also] };
  }

  /** A department's items, of a status when one is asked; with `not`, of any other status (「納税課の遅れてない項目」). */
  private departmentList(
    query: string,
    departments: Department[],
    status: Status | undefined,
    not = false,
  ): AnswerBody {
    const seen = new Set<number>();
    const ofStatus = (i: PlanItem) => !status || (i.current.status === status) !== not;
    const own = departments.flatMap((d) => itemsOfDepartment(this.plan, d));
    const items = own.filter((i) => !seen.has(i.number) && seen.add(i.number) && ofStatus(i));
    // A department with one item: its card says more than a list of one.
    if (items.length === 1 && !status) return { kind: "item", query, item: items[0] as PlanItem };
    // 「納税課の項目、目標達成してる？」 with none: the department's items and their status say more than 「ありません」.
    if (items.length === 0 && status) {
      const all = this.departmentList(query, departments, undefined);
      const names = departments.map((d) => d.name).join("・");
      const label = STATUS_LABELS[status];
      return {
        ...all,
        note: not
          ? `${names}の担当項目は、どれも「${label}」です。担当の項目と状況は次のとおりです。`
          : `${names}の担当項目に「${label}」はありません。担当の項目と状況は次のとおりです。`,
      };
    }
    // 「行政管理課の項目で遅れてるのは」: its items whose 総評 says a step was not done (No.2) follow, apart, as they do
    // under the plan's 「遅れている項目」.
    const ownSet = new Set(own);
    const notDone =
      status === "behind" && !not ? notDoneOutsideBehind(this.plan).filter((n) => ownSet.has(n.item)) : [];
    return {
      kind: "list",
      query,
      items: [...items, ...notDone.map((n) => n.item)],
      reason: {
        type: "department",
        departments,
        ...(status ? { status } : {}),
        ...(not ? { not: true } : {}),
        ...(notDone.length > 0 ? { notDoneElsewhere: notDone } : {}),
      },
    };
  }

  /**
   * 「R5に予定してたのにできなかった項目」「見送りになったものは？」: the items whose 総評 for the year says a step was
   * not done or put off, when the question asks nothing else. With a target missed asked beside it (「未達とか、予定
   * してたのにできなかったやつ」) it is both sets; 「できなかった、遅れてる項目」 says the same thing twice.
   */
  private unfinishedAsked(query: string, text: string, departments: Department[]): AnswerBody | null {
    const offSchedule = cut(text, OFF_SCHEDULE);
    const notDone = cut(offSchedule.rest, NOT_DONE);
    const deferred = cut(notDone.rest, DEFERRED);
    if (!offSchedule.found && !notDone.found && !deferred.found) return null;
    const rest = statusIn(deferred.rest)
      .rest.replace(ALL, " ")
      .replace(UNFINISHED_CONTEXT, " ")
      .replace(FILLER, " ");
    const phrasing = hiraganaRuns(rest);
    if (!contentRuns(rest).every((r) => HELP_WORDS.has(r) || phrasing.has(r))) return null;
    const says: Unfinished[] = [
      ...(notDone.found || offSchedule.found ? ["not_done" as const] : []),
      ...(deferred.found ? ["deferred" as const] : []),
    ];
    // 「遅れてる項目、予定どおりできなかった項目を全部」: the items behind are asked for beside them, as a list of their
    // own; in 「できなかった、遅れてる項目」 遅れてる says what the items not done are.
    const withBehind =
      offSchedule.found || (TARGET_MISSED.test(text) && !SET_ASIDE.test(text)) || BEHIND_LISTED.test(text);
    // 「行政管理課担当のうち、R5に予定どおりいかなかったものは」: a department's items only. Behind and not done is
    // what its list of items behind already says, each kind apart (departmentList).
    if (departments.length > 0 && withBehind && !deferred.found)
      return this.departmentList(query, departments, "behind");
    const own =
      departments.length > 0
        ? new Set(departments.flatMap((d) => itemsOfDepartment(this.plan, d)).map((i) => i.number))
        : null;
    const items = this.plan.items.filter(
      (i) =>
        (!own || own.has(i.number)) &&
        ((withBehind && i.current.status === "behind") || saysUnfinished(this.plan, i, says)),
    );
    // 「納税課で見送りになったものは」 with none: the department's items and their status say more than 「ありません」.
    if (own && items.length === 0) {
      const names = departments.map((d) => d.name).join("・");
      return {
        ...this.departmentList(query, departments, undefined),
        note: `${names}の担当項目に、総評に${unfinishedWords(says)}とある項目はありません。担当の項目と状況は次のとおりです。`,
      };
    }
    return {
      kind: "list",
      query,
      items,
      reason: { type: "unfinished", says, withBehind, ...(own ? { departments } : {}) },
    };
  }

  /**
   * The items whose status rests on their figures' rate against the target, ranked by the first rate (the one their
   * list line shows). An item whose status the report's words decide (No.12: two rates, one verdict) is not ranked:
   * its rate is not what its status says.
   */
  private ratedList(query: string, order: "high" | "low"): AnswerBody {
    const rate = (i: PlanItem) => i.current.measurements[0]?.ratio ?? null;
    const rated = this.plan.items.filter((i) => i.current.basis === "figures" && rate(i) !== null);
    rated.sort((a, b) => (order === "high" ? 1 : -1) * ((rate(b) as number) - (rate(a) as number)));
    const others = this.plan.items.length - rated.length;
    // The items whose status says most of what the ranking is after, though they have no rate: those achieved for
    // the highest, those behind for the lowest. Named, so that the ranking hides none of them.
    const ranked = new Set(rated);
    const status = order === "high" ? "achieved" : "behind";
    const alike = this.plan.items.filter((i) => i.current.status === status && !ranked.has(i));
    const named =
      alike.length > 0
        ? `状況が「${STATUS_LABELS[status]}」の項目は、${order === "low" ? "ほかに " : ""}${alike.map((i) => `No.${i.number}`).join("・")} です。`
        : "";
    return {
      kind: "list",
      query,
      items: rated,
      reason: { type: "rated", order },
      ...(others > 0
        ? {
            note: `達成率（報告書の目標に対する実績の割合）を出せるのは ${rated.length} 項目です。ほかの ${others} 項目は、報告書に数値の目標がないか、状況を総評の文で決めているため、順位に入れていません。${named}`,
          }
        : {}),
    };
  }

  /**
   * 「ふるさと納税と遊休資産以外で、目標を超えた項目」「No.18を除いて達成した項目」: read before item numbers and
   * examples are, which would answer with the items left out.
   */
  private excludingStatus(query: string, text: string): AnswerBody | null {
    // The words first (EXCLUSION_WORD): the pattern's lazy lead would otherwise be tried at every position of every
    // question.
    if (!EXCLUSION_WORD.test(text) || !STATUS_EXCLUDING.test(text)) return null;
    const { status, rest } = statusIn(text);
    if (!status) return null;
    const targetMissed = asksTargetMissed(text);
    return this.statusInScope(query, rest, status, targetMissed);
  }

  /**
   * The items each of the names left out names (「ふるさと納税と遊休資産」: No.18 and No.19; 「No.18」); null when one
   * of them names none, or none is named.
   */
  private itemsNamedIn(query: string, names: string): Set<number> | null {
    const named = new Set<number>();
    for (const part of names.split(EXCLUDED_JOINED)) {
      if (part.trim().length < 2) continue;
      const number = itemNumberReference(part) ?? explicitItemNumber(part);
      if (number !== null && this.plan.byNumber.has(number)) {
        named.add(number);
        continue;
      }
      const found = this.interpret(query, part);
      if (found.kind === "item") named.add(found.item.number);
      else if (found.kind === "candidates") for (const i of found.items) named.add(i.number);
      // 「納税課以外の遅れてる項目」: the department's items are left out (it had answered with them).
      else if (found.kind === "list" && found.reason.type === "department")
        for (const i of found.items) named.add(i.number);
      else return null;
    }
    return named.size > 0 ? named : null;
  }

  /**
   * 「ふるさと納税以外の項目」「No.18以外」: every item but those named, when nothing else is asked (with a status,
   * statusInScope answers). Answered with the item named, it would be the one item not asked for.
   */
  private excludingOnly(query: string, text: string): AnswerBody | null {
    if (!EXCLUSION_WORD.test(text)) return null;
    const m = ONLY_EXCLUDING.exec(text);
    if (!m || statusIn(text).status) return null;
    const named = this.itemsNamedIn(query, m[1] as string);
    if (!named) return null;
    return {
      kind: "list",
      query,
      items: this.plan.items.filter((i) => !named.has(i.number)),
      reason: { type: "all", excluded: [...named].sort((a, b) => a - b) },
    };
  }

  /**
   * A status list narrowed to a field (「デジタル関係で」「滞納関係の２項目は」: the items whose report text or 担当課
   * names the word) or without some items (「ふるさと納税と遊休資産以外で」: the items those names find). When none of a
   * field's items has the status, the field's items are the answer, under a heading that says none has it: the asker
   * learns where each stands. Null when the question names no field or exclusion, or it finds no items.
   */
  private statusInScope(
    query: string,
    rest: string,
    status: Status,
    targetMissed: boolean,
  ): AnswerBody | null {
    const base = statusListOf(this.plan, query, status, targetMissed);
    const excluding = EXCLUSION_WORD.test(rest) ? STATUS_EXCLUDING.exec(rest) : null;
    if (excluding) {
      const named = this.itemsNamedIn(query, excluding[1] as string);
      if (!named) return null;
      const kept = (i: PlanItem) => !named.has(i.number);
      return {
        ...base,
        items: base.items.filter(kept),
        reason: {
          ...scopedReason(base.reason, kept),
          scope: { excluded: [...named].sort((a, b) => a - b) },
        },
      };
    }
    const field = STATUS_FIELD.exec(rest)?.[1]?.trim();
    if (!field || [...field].length < 2) return null;
    const term = fold(field);
    const inField = new Set([
      ...this.passages.itemsContaining(term),
      ...this.itemsWhoseDepartmentsName(term),
    ]);
    // A word most items use (市民, 施設) is no field: the usual reading decides.
    if (inField.size === 0 || inField.size > this.plan.items.length / 2) return null;
    const kept = (i: PlanItem) => inField.has(i.number);
    const items = base.items.filter(kept);
    return {
      ...base,
      items: items.length > 0 ? items : this.plan.items.filter(kept),
      reason: {
        ...scopedReason(base.reason, kept),
        scope: { field, ...(items.length === 0 ? { noneHas: true } : {}) },
      },
    };
  }

  /**
   * A word of a counter's or a service's question (やり方, 手続き) that is not part of a term of the plan: in
   * 「「やり方改善」になったのは何件」 やり方 is in No.2's やり方改善, a result of 事務事業評価.
   */
  private asksForService(text: string): boolean {
    if (!holdsServiceWord(text)) return false;
    const phrases = this.index.phrasesIn(fold(text));
    return [...text.matchAll(SERVICE_INTENT_ALL)].some((m) => {
      const word = fold(m[0]);
      return (
        !phrases.some((p) => p.length > word.length && p.includes(word)) &&
        // 「…資料に書く必要があるので教えて」: a service word in a clause that says why is no service asked for.
        !WHY_CLAUSE_AHEAD.test(text.slice(m.index)) &&
        // 「…確認したいのですが、お願いできますか」 asks the bot to answer, not whether a service can be had.
        !(/^でき/u.test(m[0]) && /お願い$/u.test(text.slice(0, m.index))) &&
        !this.askedAfterWish(text.slice(m.index)) &&
        !(m[0] === "苦情" && this.complaintNamedInPlan(text, m.index as number)) &&
        !this.ofPlan(text, m[0], m.index as number) &&
        !(WHERE_ALONE.test(text.slice(m.index)) && this.namesReportMatter(text)) &&
        // 「ふるさと納税ってどこが担当？」: who is in charge of one of the plan's items, named by its name, is on its card.
        !(/が担当/u.test(m[0]) && this.namesAnItem(text.slice(0, m.index))) &&
        // 「令和5年度に地域に譲与できた集会施設ってどこでしたか」: which of the things a deed of the plan was done to,
        // not where to go.
        !(WHERE_ALONE.test(text.slice(m.index)) && DEED_DONE_TO.test(text.slice(0, m.index))) &&
        // Asked of the term itself, the last before the ask: not of its period (国の計画の期間) or a procedure of it.
        !(
          WHEN_ALONE.test(text.slice(m.index)) &&
          this.namesReportMatter(countedTerms(text.slice(0, m.index)).at(-1) ?? "")
        )
      );
    });
  }

  /**
   * 「事業者さんから返礼品で参加したいって相談があって、ふるさと納税で市が事業者向けに何をやる予定なのか…」: a wish
   * passed on as a consultation (…たいって相談があって、) is the citizen's; what the asker asks after it is whether the
   * plan does something about it, when that clause names one of the plan's items and asks what is planned or done.
   * Not 「住民票をコンビニで取りたいって相談があって、市はどうする予定？」: the clause after it names no item.
   */
  private askedAfterWish(fromWord: string): boolean {
    const after = RELAYED_WISH.exec(fromWord)?.[1];
    if (after === undefined || !PLAN_DOING.test(after) || SERVICE_INTENT.test(after)) return false;
    // A word of an item's name or alias (ふるさと納税, 使用料), not only of its text.
    return this.namesAnItem(after);
  }

  /** Whether `text` holds a word of an item's title or alias (not only of its sentences). */
  private namesAnItem(text: string): boolean {
    const terms = countedTerms(text).filter((t) => [...t].length >= 2);
    if (terms.length === 0) return false;
    for (const name of this.allNames) if (terms.some((t) => name.includes(t))) return true;
    return false;
  }

  /**
   * 「苦情要約「西古川小がなくなって…」。学校統合って計画に入ってる？」: a complaint passed on, and then, in a sentence of
   * the asker's own after it, one of the plan's items named outright by its title, an alias or a keyword: the asker
   * asks about that item, not where a complaint goes.
   */
  private complaintNamedInPlan(text: string, at: number): boolean {
    // 「…苦情メールが来てまして、回答案を作るのに…」: the asker's own clause may follow the complaint's coming in one sentence.
    const own = text
      .slice(at)
      .split(/[。」』]|(?<=(?:来|き|あり|あっ|届い|届き)(?:て|まして|てまして))[、,]/u)
      .filter((s) => /[\p{L}\p{N}]/u.test(s))
      .at(-1);
    if (own === undefined || own.includes("苦情")) return false;
    if (this.namedItem(text, fold(own), null) !== null) return true;
    // 「…苦情メールが来てまして、回答案を作るのに…減免率はどうなったか確認したい」: a phrase of the index (a keyword,
    // a measure, a figure's label) of three characters or more that only its item's text writes (No.5's 減免率) names
    // that item as well as a longer name does.
    return this.index
      .phrasesIn(fold(own))
      .some((p) => [...p].length >= 3 && this.passages.itemsContainingUpTo(p, 2).length === 1);
  }

  /**
   * A long term the report writes in one to three items (会計年度任用, 医療提供体制, ISO15189): with it, 「…はどこ？」
   * asks where the plan tells of it. Shorter words (新庁舎, 公民館) are places a citizen asks the way to as well.
   */
  private namesReportMatter(text: string): boolean {
    const found = (w: string) => {
      const n = this.passages.itemsContaining(w).length;
      return n >= 1 && n <= 3;
    };
    return (
      // Folded: katakana reads as hiragana (総合防災情報システム → 総合防災情報しすてむ); runs typed in hiragana alone
      // are not among the counted terms.
      // A katakana word alone (ハラスメント, マイナンバーカード) is a thing a counter is asked the way to; a compound with
      // two kanji or more (総合防災情報システム) is the report's.
      countedTerms(text).some(
        (r) =>
          /^[\p{Script=Han}\p{Script=Hiragana}ー]{5,}$/u.test(r) &&
          (r.match(/\p{Script=Han}/gu) ?? []).length >= 2 &&
          found(r),
      ) ||
      // Four kanji that name no place (終期設定, 事業評価) are a matter too, asked 「ってどこ？」: a citizen asks the way
      // to 総合支所 or 市民病院, and 「…どこにある？」 asks where a thing is kept, whatever it is.
      (!/どこ(?:に|で|へ|から)/u.test(text) &&
        countedTerms(text).some((r) => /^\p{Script=Han}{4}$/u.test(r) && !PLACE_END.test(r) && found(r))) ||
      (normalize(text).match(/[a-z]+[0-9]+|[a-z]{3,}[0-9]*/g) ?? []).some(
        (w) => this.passages.itemsWithWord(w).length > 0,
      )
    );
  }

  /**
   * A procedure's word at the end of a compound the report writes (「指定管理の更新手続き」: No.15's 契約更新手続き,
   * No.3's 更新の手続): the plan's matter, not a counter's. 「転入手続き」 is no compound of the report, 「住民票の
   * 手続き」 none at all. Only a procedure's words: 方法 ends the report's compounds too (No.11's dataset ごみの分別方法
   * 一覧), and 「ごみの分別方法は?」 is still a counter's question.
   */
  private ofPlan(text: string, word: string, at: number): boolean {
    if (!/^(?:手続|手順)/.test(word)) return false;
    // 「…の手続きって全部でいくつ？」: how many procedures there are is no citizen's question (No.10's 全 26 手続).
    if (PROCEDURES_COUNTED.test(text.slice(at + word.length))) return true;
    // 「R5に実証実験したのって何の手続きだったっけ？」: which procedure a deed of the past was done with, not how to go
    // through one.
    if (
      /(?:何|なん|どの)の?$/u.test(text.slice(0, at)) &&
      /^き?(?:だった|でした)/u.test(text.slice(at + word.length))
    )
      return true;
    const compound = /([\p{Script=Han}\p{Script=Katakana}ー]{2,})(の?)$/u.exec(text.slice(0, at));
    if (!compound) return false;
    const stem = fold(word).replace(/\p{Script=Hiragana}+$/u, "");
    const before = fold(compound[1] as string);
    if (!compound[2]) return this.passages.itemsContaining(before + stem).length > 0;
    // 「指定管理の更新の手続き」: the report writes 指定管理者更新の手続 (No.3), with the word that says whose update it
    // is; 「マイナンバーカードの更新の手続き」 is a counter's (no sentence writes the card with it).
    const whose = /([\p{Script=Han}\p{Script=Katakana}ー]{2,})の$/u.exec(text.slice(0, compound.index))?.[1];
    return whose !== undefined && this.toldInOneSentence(fold(whose), `${before}の${stem}`);
  }

  /** The text without the procedure words that belong to a compound of the plan (see `ofPlan`). */
  private withoutPlanProcedures(text: string): string {
    // Most questions hold no service word: nothing to scan.
    if (!holdsServiceWord(text)) return text;
    return text.replace(SERVICE_INTENT_ALL, (word, at: number) => (this.ofPlan(text, word, at) ? " " : word));
  }

  /**
   * Another plan of the same series (第5次集中改革プラン, 第7次の改革プラン): its items are not these, although its
   * words are the same.
   */
  private namesAnotherPlan(text: string): boolean {
    // 「宮城県の集中改革プラン」: another government's own plan, even when this report names that government.
    for (const m of text.matchAll(OTHER_GOVERNMENTS_PLAN)) if (m[1] !== "大崎") return true;
    // 「次期総合計画の基本構想」: the city's other plan, unless asked where this plan mentions it, or what this plan says
    // (「次期総合計画の関係で、…プランだとどうなってます？」).
    if (CITY_PLAN_ITSELF.test(text) && !/改革プラン|プラン(?:で|だと|上)|取組|項目/.test(text)) return true;
    // 「大崎市地域防災計画のパブコメ」: a plan of the city's that the report never names (it names 大崎市定員管理計画,
    // 大崎市民病院経営強化プラン and, as a town meeting's theme, 大崎市こども計画) is another plan.
    // A whole name: not a department named after a plan (「大崎市のデジタル戦略課」) or a longer word (古川処理区の
    // 事業計画区域), and no って inside it: 「大崎市の大崎塾ってプランに載ってる？」 asks of this plan.
    const cityPlan =
      /大崎市(?:の)?(?!では|は|で|が|に|も|と|この|その)([^\s、。，,？?「」（）()]{1,12}?(?:計画|ビジョン|戦略|プラン))(?![一-龯々ァ-ヶー])/u.exec(
        text,
      );
    // Nor one an item is called by without the city's name (「大崎市の人財育成アクションプラン」, 「大崎市の病院ビジョン」:
    // No.8's and No.20's names): the city's name says whose it is, which is this report's city. A plan the report only
    // mentions is still another plan.
    const planName = cityPlan?.[1] ?? "";
    // Its last part after の (経営強化プラン of 病院の経営強化プラン), and the whole without の (定員管理の計画: 定員管理計画).
    const lastPart = planName.split("の").pop() as string;
    const joined = planName.replaceAll("の", "");
    if (
      cityPlan &&
      !/って|という/u.test(planName) &&
      // Named as the occasion of a question of this plan (「大崎市の次期総合計画の関係で、…プランだとどうなってます？」).
      !/プラン(?:で|だと|上)/u.test(text) &&
      // Nor a sentence that runs on to this plan (「大崎市の防災安全課はこのプランの…」「…の取組もこのプランに…」).
      !NOT_A_NAME.test(planName) &&
      !/改革/.test(cityPlan[0]) &&
      !this.passages.anyContains(fold(cityPlan[0]).replace(/^大崎市の/u, "大崎市")) &&
      !this.callsAPlanOfItems(lastPart) &&
      (joined === lastPart || !this.callsAPlanOfItems(joined)) &&
      // A name, not a description (「大崎市の職員の数を適正に管理する計画」 is No.7's 定員管理計画 told in words).
      !/\p{Script=Hiragana}/u.test(lastPart)
    )
      return true;
    // 「過疎計画の事業一覧」「行革大綱の改定はいつ」: a plan or charter by a name the report never writes, asked about
    // in itself. Not when the question asks where this plan tells of it (このプランのどこ, 取組, 項目).
    if (!/プラン|取組|取り組み|項目/.test(text))
      for (const m of text.matchAll(NAMED_PLAN))
        if (!/改革プラン/.test(m[0]) && !this.passages.anyContains(fold(m[0]))) return true;
    if (!text.includes("次")) return false;
    // The plan's name, read once: it never changes while this answerer lives.
    this.ownOrdinal ??= normalize(this.plan.meta.name).match(/第\s*([0-9]+)\s*次/)?.[1] ?? "";
    const own = this.ownOrdinal;
    if (!own) return false;
    for (const m of text.matchAll(
      /第\s*([0-9]+|[一二三四五六七八九十]+)\s*次\s*(?:の\s*)?(?:集中|行財政|行政)?\s*(?:改革|プラン|行革)/g,
    )) {
      const n = /^[0-9]+$/.test(m[1] as string) ? Number(m[1]) : parseKanjiNumber(m[1] as string);
      if (n !== null && n !== Number(own)) return true;
    }
    return false;
  }

  /**
   * Whether a plan's name is one an item is called by, or the end of one the city's name begins (経営強化プラン of
   * No.20's 大崎市民病院経営強化プラン, 定員管理計画 of No.7's 大崎市定員管理計画), or one more precisely numbered
   * (第3期病院ビジョン of No.20's 病院ビジョン). Not the end of another body's plan (DX推進計画 of the state's
   * 自治体DX推進計画: 大崎市DX推進計画 is another plan). Names of four characters or more: 計画 alone ends many.
   */
  private callsAPlanOfItems(name: string): boolean {
    const folded = fold(name);
    if (this.namesAndKeywords.has(folded)) return true;
    if ([...folded].length < 4) return false;
    for (const known of this.namesAndKeywords)
      if (
        [...known].length >= 4 &&
        ((known.startsWith("大崎市") && known.endsWith(folded)) || folded.endsWith(known))
      )
        return true;
    return false;
  }

  /**
   * 「大崎市民病院が民営化されるって噂を聞いたんですが本当ですか」「イオンと包括連携協定結ぶって話どうなった？」: a rumour or
   * news about something the report never writes (民営化, イオン). The plan cannot confirm it, and the item whose
   * topic is named (No.20, No.3) would be answered as if it did.
   */
  private rumourOutsideReport(query: string, text: string): boolean {
    // Asked of the plan (「どの取組？」「プランでは」) or asking a figure, it is the plan's question whatever it cites.
    // 「…って噂、なにか書いてあります？」 asks whether the report tells of it: the rumour's own question, not the plan's.
    const beside = text.replace(RUMOUR, " ").replace(REPORT_TELLS, " ");
    // 「岩出山総合支所は将来なくなるのか」: whether something ends, asked outright, is judged as a rumour of it is.
    if (!(RUMOUR.test(text) || ENDING_ASKED.test(text)) || PLAN_CONTEXT.test(beside) || FIGURE_ASK.test(text))
      return false;
    // The words as the asker typed them: read in the report's words, an everyday phrase may join others into a word
    // the report does not write (連携協定を結んだ). A figure with its unit (11億, 97%) is what is claimed, not a word.
    // Nor are the greeting and the reason around the question (「資料作成のためです」) what it asks about, nor a date's
    // 年・月 (令和9年4月施行), nor an adverb (「結局導入見送った」: 導入見送).
    const asked = withoutAdverbs(normalize(query));
    const words = (withoutSurroundings(asked) || asked)
      .replace(MEMO_FRAME, " ")
      .replace(HEARD_AT, " ")
      .replace(RUMOUR, " ")
      .replace(FISCAL_YEAR, " ")
      .replace(/[0-9.,]+\s*(?:億|万|千|百)?(?:円|件|人|%|施設|団体|回|ha|年度|年|月|日)?/gu, " ");
    // An everyday word the report writes in its own way (スマホ決済: アプリ決済) is the report's matter.
    if (this.holdsForeignWord(words) && this.holdsForeignWord(this.words.inReportWords(words))) return true;
    // 「週休3日制」: a word of kanji with a count in it names a system; its head never written, the rumour is untold.
    const counted = /(\p{Script=Han}{2,})[0-9]+\p{Script=Han}*制/u.exec(asked)?.[1];
    if (counted !== undefined && !this.writes(fold(counted))) return true;
    if (this.partnerUnnamed(words) !== null) return true;
    // What the rumour says is done, a verbal noun of two kanji or more the report never writes (「市民病院が移転する」
    // 「…卒業できない」): short words are ordinary prose elsewhere, not as the deed a rumour tells of.
    // An everyday word the report writes its own way (外注する: アウトソーシング) is the report's deed.
    return this.untoldDeed(words) && this.untoldDeed(this.words.inReportWords(words));
  }

  /**
   * 「公民館のWi-Fi整備って計画に入ってる？」: the word the report never writes (as typed and in its own words) of a
   * question that asks whether the plan holds something; null when the question asks no such thing or names only the
   * report's words.
   */
  private unheldInPlan(query: string): string | null {
    // A memo's frame (【電話メモ】, …より：) is no word of what is asked about.
    const typed = withoutAdverbs(normalize(query)).replace(MEMO_FRAME, " ");
    const frame = PLAN_HOLDS.exec(typed);
    // A figure asked beside it (「…ってプランに載ってます？何件？」) is a figure's question.
    if (!frame || FIGURE_ASK.test(typed)) return null;
    // The thing asked about is in the sentence of the ask, after who asks and why (「建設部です。」「…と聞かれました。」
    // 「説明資料を作っているんですが、」「…と言われまして、」), sentences and clauses parted by spaces too (「…者です
    // 防災情報の…」).
    const sentence = (
      typed
        .slice(0, frame.index)
        .split(/[。！!？?」]|(?<=です|ます|ました)\s+/u)
        .at(-1) ?? ""
    )
      .split(/(?:んですが|のですが|ですが|けど|ので|から|ため|まして)[、,\s]/u)
      .at(-1) as string;
    // 「清掃工場とか焼却施設の統廃合も…」: examples the report writes neither of are words of their own (the segmenter
    // runs them together across とか). Not when it writes one (「体験型とか現地で払うタイプ」: 現地決済型 is No.18's).
    const asked = (withoutSurroundings(sentence) || sentence)
      .replace(FISCAL_YEAR, " ")
      .replace(TWO_EXAMPLES, (whole, first: string, second: string) =>
        this.passages.anyContains(fold(first)) || this.passages.anyContains(fold(second))
          ? whole
          : `${first}、${second}`,
      );
    // A noun of kanji (議員定数, 備蓄食料) or of a katakana word and kanji (テレワーク制度), as typed: not a verb's stem
    // run into its object (協定結んだ: 協定結; なくす事業), nor a date's (4月開校), nor an office (納税課), nor a word of
    // the report with a suffix (滞納分) or a time before it (今度地区), nor kana alone (スマホ: an everyday word).
    const katakana = (asked.match(/[\p{Script=Katakana}ー]{3,}/gu) ?? []).map(fold);
    const folded = fold(asked);
    const foreign = countedTerms(asked).find((w) => {
      // Where the word stands: as typed, or (a katakana word, given folded) in the folded question.
      const source = asked.includes(w) ? asked : folded;
      const at = source.indexOf(w);
      if (at < 0) return false;
      const after = source.slice(at + w.length);
      const head = /^[\p{Script=Hiragana}ー]+(?=\p{Script=Han})/u.exec(w)?.[0];
      return (
        (/^\p{Script=Han}{3,}$/u.test(w) ||
          (head !== undefined && katakana.includes(head)) ||
          // 市民バス: kanji and a katakana word after them (folded, so not as typed).
          (/^\p{Script=Han}{2,}[\p{Script=Hiragana}ー]{2,}$/u.test(w) && !asked.includes(w))) &&
        !/[0-9]$/u.test(source.slice(0, at)) &&
        (!/^\p{Script=Hiragana}/u.test(after) || /^(?:の|は|って|が|を|に|と|も|や)/u.test(after)) &&
        // An office (納税課, 岩出山総合支所): not a place named by what is done there (投票所, 避難所).
        !/(?:[課部室局係]|支所|事務所|役所|出張所)$/u.test(w) &&
        !/^(?:今度|今回|今年|来年|去年|昨年|毎年|次回)/u.test(w) &&
        !this.passages.anyContains(w.replace(/[分者中等的用上後前時]$/u, "")) &&
        this.foreignWord(w)
      );
    });
    // 「VPNで自宅から…つなげるようになる予定あります？」: a Latin name no item writes, in the report's words too (NTT
    // is its 東日本電信電話), shown as typed.
    // Not the bot's own name typed as a mention (「@大崎改革プランbot …」). Read in the report's words only when a Latin
    // letter is typed: the report's words read from anything else are words it writes.
    // A name typed with a hyphen is the report's when it writes each part (AI-OCR: AI and OCR), not when it writes
    // none of them whole (Wi-Fi).
    const named = asked.replace(/@\S+/gu, " ");
    const unwrittenLatin = (w: string) => {
      const joined = w.replace(/[-・]/gu, "");
      return (
        joined.length >= 3 &&
        this.passages.itemsWithWord(joined).length === 0 &&
        w.split(/[-・]/u).some((part) => this.passages.itemsWithWord(part).length === 0)
      );
    };
    const latin = /[a-z]/u.test(named)
      ? (normalize(this.words.inReportWords(named)).match(/[a-z][a-z0-9]*(?:[-・][a-z0-9]+)*/gu) ?? [])
          .find(unwrittenLatin)
          ?.replace(/[-・]/gu, "")
      : undefined;
    if (latin !== undefined)
      return query.normalize("NFKC").match(new RegExp([...latin].join("[-・ ]?"), "iu"))?.[0] ?? latin;
    if (foreign !== undefined && this.holdsForeignWord(this.words.inReportWords(asked)))
      return typedForm(asked, foreign);
    // 「健診の予約をLINEで…」: the thing asked about named first by a two-kanji noun the report never writes, as typed
    // nor in its own words (健診 is no word of it; 予約 and LINE are).
    // Not a time (「大雨のときに…流す話」: when, not what).
    const head = /^\s*(\p{Script=Han}{2})(?:の(?!\s*(?:とき|時|際|場合))|を|が|は|って)/u.exec(asked)?.[1];
    if (
      head !== undefined &&
      !this.passages.anyContains(head) &&
      this.words.inReportWords(head) === head &&
      !GENERAL_ASK_WORD.test(head)
    )
      return head;
    return null;
  }

  /**
   * 「楽天と包括連携協定を結ぶって噂」「JAと包括連携協定って結んでたっけ？」: the partner of an agreement the report never
   * names (it names 東日本電信電話, which NTT東日本 reads as); null when it names it or no agreement is asked.
   */
  private partnerUnnamed(words: string): string | null {
    const partner = (t: string) => AGREEMENT_PARTNER.exec(t)?.[1];
    const named = partner(words);
    // A kind of partner is no name (「外部と協定」「何団体と協定」): the question is about the report's agreements.
    if (named === undefined || GENERIC_PARTNER.test(named) || this.writes(fold(named))) return null;
    const read = partner(this.words.inReportWords(words));
    return read === undefined || !this.writes(fold(read)) ? named : null;
  }

  /**
   * Whether a rumour's deed is one the report does not tell: its word is never written (「市民病院が移転する」), or,
   * told in an everyday verb (なくなる, 民間に移る, 建て替える, コンビニが入る), no sentence writes any of the words
   * the report would use for it with the word it is told of (「鳴子温泉分院がなくなる」: no sentence on 分院 says
   * 廃止, 閉鎖 or 統合). A deed in the report's own words is told wherever it is written: 「ペーパーレス会議を導入」
   * is what No.13 reports, though its sentences say 活用.
   */
  private untoldDeed(text: string): boolean {
    for (const m of text.matchAll(CLAIMED_DEED)) {
      const deed = fold(m[1] as string);
      if (!this.writes(deed)) return true;
      // 「総合支所を廃止する」: an ending the report writes of other things (No.2's 廃止 3 件) is told only of what
      // one of its sentences writes it with. Other deeds are told wherever written (「ペーパーレス会議を導入」).
      if (!ENDED.some((e) => deed.startsWith(e))) continue;
      if (this.placedFacilityUntold(text.slice(0, m.index))) return true;
      const subject = this.deedSubject(text.slice(0, m.index), [deed]);
      if (subject !== undefined && !this.writtenNear(deed, subject)) return true;
    }
    return EVERYDAY_DEEDS.some(([pattern, forms]) => {
      const deed = pattern.exec(text);
      if (!deed) return false;
      // Whom the deed is told of: the nearest word before it that the report writes (分院 of 「鳴子の分院が入院やめる」:
      // 入院 is not written; 減免 of 「使用料の減免がなくなる」). A word it never writes cannot tell.
      const before = text.slice(0, deed.index);
      const placed = this.placedFacilityUntold(before);
      if (placed !== null) return placed;
      const subject = this.deedSubject(before, forms);
      // 「ごみ収集を全部民間委託にするって噂」: what is contracted out is a word the report never writes at all; the
      // report, which tells of contracting out only what it names (広報おおさき), cannot tell of it. Other deeds need a
      // subject the report writes to be judged (「分院がなくなる」).
      if (subject === undefined)
        return (
          forms === OUTSOURCED &&
          countedTerms(before).some((t) => {
            const word = fold(t);
            return [...word].length >= 2 && !forms.some((f) => word.includes(f)) && !this.writes(word);
          })
        );
      // 「鳴子の公民館がなくなる」: the report tells of 三本木公民館, not of any 公民館 of 鳴子. A place named before the
      // subject that no sentence writes with it makes the deed one the report does not tell.
      const place = new RegExp(`([\\p{Script=Han}\\p{Script=Katakana}ー]{2,6})の${subject}`, "u").exec(
        before,
      )?.[1];
      // Only a facility has a place (「電子申請の実証実験」 names what the trial is of, not where).
      if (
        place !== undefined &&
        PLACE_END.test(subject) &&
        this.writes(fold(place)) &&
        !this.toldInOneSentence(fold(place), fold(subject))
      )
        return true;
      // Told when one sentence writes a word of the deed with it (「減免率の見直しは見送った」). A name of an item that
      // none of its sentences writes (集会所, No.15's alias for its 集会施設) stands for the item: any of its sentences
      // that writes the deed tells it.
      const named = this.index.calledBy(subject).filter((n) => !this.passages.sentencesHold(n, subject));
      // An ending is told of what it is written next to (「鳴子総合支所を廃止」), not of a word further along its
      // sentence (「三本木総合支所の空きスペースに，三本木公民館の機能を統合する」 ends no 総合支所).
      const ending = forms === ENDED;
      // A plan put off (見送, 中止) is told of its sentence's subject however far along (「…2 件の実証実験を行ったが，
      // …導入を見送った」).
      const told = (f: string) =>
        (ending && !PUT_OFF.includes(f)
          ? this.writtenNear(f, subject)
          : this.toldInOneSentence(f, subject)) || named.some((n) => this.passages.sentencesHold(n, f));
      return !forms.some(told);
    });
  }

  /**
   * 「松山の統合小学校、校名もう決まった？」「鳴子小中学校の制服ってどうなるんですか」「市民病院の医師募集って」: what is
   * asked of a plan topic (the word before って・は・が) is something the report never writes. The item names the
   * school or the hospital, but cannot say anything about its name, uniform or hiring; answered with the item, the
   * question would look answered. Returns that word, or null.
   *
   * Not when the question asks for a figure or about the plan (「プランでは」「実績」), and not for words that ask
   * in general (経緯, 見通し), for departments, for the report's words with an everyday suffix (受講者数: 受講者 …),
   * for two words of the report typed together (使用料改正), or for a long kanji word whose first two characters
   * are the report's (定員菅理, a typo).
   */
  private attributeOutsideReport(text: string, rest: string): string | null {
    // The request itself: 「課長に報告するため、」 says why, and a mention's 「@…プランbot」 is no plan context.
    const asked = withoutSurroundings(text) || text;
    if (PLAN_CONTEXT.test(asked)) return null;
    if (FIGURE_ASK.test(rest)) {
      // 「議員の定数って何人？」「職員採用試験の倍率は？」: a figure asked of something the report never names. The
      // figure's own word (定数, 倍率) may be the report's in another sense; whose figure it is decides.
      // Whose figure, asked before the figure's question word: 「…何件ありましたか、地域別の内訳はいらない」 says
      // what is not asked after it.
      // 「医師の人数、R5は何人」: a figure's own word (人数) before a comma, the ask after it.
      let ask: RegExpMatchArray | null = FIGURE_ASK.exec(asked);
      if (ask && /^[、,]/u.test(asked.slice((ask.index as number) + ask[0].length)))
        for (const m of asked.matchAll(FIGURE_ASK_ALL)) ask = m;
      let before = ask ? asked.slice(0, (ask.index as number) + ask[0].length) : asked;
      // 「マイナ保険証の利用率は？」「健康ポイント事業の参加者数って出てる？」: the figure's own word (a rate, a count,
      // an amount) is what is asked, and whose it is comes before it; the particle after it (は, って) is read with it.
      // Not が: 「税率が上がる」 tells of a revision (rumourOutsideReport).
      if (ask && FIGURE_NOUN_END.test(ask[0])) {
        const particle = /^(?:って|は)/u.exec(asked.slice((ask.index as number) + ask[0].length));
        if (particle) before += particle[0];
      }
      const owner = figureOwner(before);
      if (owner !== undefined && this.unwritten(owner)) return owner;
      // 「市民病院の医師って何人」「病院事業の赤字額っていくら」: what is counted is a word the report never writes, in
      // the question's words or the report's; whose it is (市民病院) may be the report's.
      // Not a measure's own word (受講者, 総数, 回収額, 実数): the report writes its figure under another label.
      const countedMatch = COUNTED_NOUN.exec(before);
      const counted = countedMatch?.[1];
      // A word of two characters in 者 with さん is a trade (お医者さん), not those counted by a deed (受講者さん).
      const person = countedMatch?.[2] !== undefined && [...(counted ?? "")].length === 2;
      const measure = person ? /(?:数|額|計|率|件|人|量|高|値)$/u : /(?:者|数|額|計|率|件|人|量|高|値)$/u;
      if (counted === undefined || measure.test(counted)) return null;
      if (
        this.unwritten(counted) &&
        this.unwritten(counted.slice(-2)) &&
        this.unwritten(this.words.inReportWords(counted))
      )
        return counted;
      // 「会計年度任用職員って今何人」: people counted by a name the report writes only in passing, never with a number
      // after it, and no item is called by.
      const folded = fold(counted);
      return /何\s*(?:人|名)|なんにん/u.test(before) &&
        [...folded].length >= 5 &&
        this.index.calledBy(folded).length === 0 &&
        !this.figureWrittenAfter(folded, false)
        ? counted
        : null;
    }
    let typed: string | undefined;
    for (const m of asked.matchAll(ASKED_ATTRIBUTE)) typed = m[1] ?? m[2] ?? m[3];
    if (typed !== undefined && this.unwritten(typed)) return typed;
    // 「ネーミングライツの募集ってやってますか」: what the attribute is asked of is a word the report never writes, read
    // as typed and in the report's words (a katakana word, or kanji of up to four). A department (納税課の担当分) is
    // named on the items' 【担当課】 lines, not in their sentences.
    const owner = figureOwner(asked);
    if (
      owner !== undefined &&
      !/[課部室局所係](?:担当)?$/u.test(owner) &&
      this.foreignWord(fold(owner)) &&
      this.holdsForeignWord(this.words.inReportWords(owner))
    )
      return owner;
    return null;
  }

  /**
   * 「市営住宅の空き状況ってどこで確認できます？」: the item found by a thing the report names only in its table of debts
   * owed for it (No.17's 市営住宅使用料), asked of something other than money owed: what the report lacks, and where
   * the thing is written.
   */
  private owedForOnly(query: string, body: AnswerBody): AnswerBody | null {
    if (body.kind !== "item" || !body.item.receivables) return null;
    const typed = normalize(query);
    const item = body.item.number;
    // Not a debt's own name (生活保護費返還金, 保育料), nor a word of a department named (高齢障がい福祉課).
    const offices = this.departments.find(typed).map((d) => d.form);
    const terms = countedTerms(typed);
    const owedFor = terms.find(
      (w) =>
        [...w].length >= 3 &&
        !MONEY_OWED.test(w) &&
        !offices.some((o) => o.includes(w)) &&
        this.passages.onlyInReceivables(fold(w)) &&
        this.passages.itemContains(item, fold(w)),
    );
    if (owedFor === undefined || MONEY_OWED.test(typed.replaceAll(owedFor, " "))) return null;
    // What is asked of it is a word the item never writes (空き, 定員, 入居): asked of the thing alone (「市営住宅って
    // プランに出てくる？」), the row is the answer. Not a word of who asks or why (「財政課の佐藤です。」「議会答弁の準備で
    // 確認です。」): those say nothing of what is asked.
    const asked = countedTerms(withoutReasons(typed.replace(GREETING, " "))).filter(
      (w) =>
        w !== owedFor &&
        [...w].length >= 2 &&
        !GENERAL_ASK_WORD.test(fold(w)) &&
        !PLAN_CONTEXT.test(w) &&
        !this.passages.itemContains(item, fold(w)),
    );
    if (asked.length === 0) return null;
    return {
      kind: "none",
      query,
      reason: "not_about_plan",
      range: this.range,
      note: `報告書で「${owedFor}」が出てくるのは、No.${body.item.number} の使用料などの滞納額の表（債権別の実績）だけです。`,
    };
  }

  /**
   * 「職員向けにやさしい日本語の研修」「在住外国人アンケート」「障害者週間のイベント」: a thing of a kind many items hold
   * (研修, アンケート, イベント) named by a word the report never writes, as typed or in its own words; null otherwise.
   */
  private unknownKind(typed: string): string | null {
    let unknown: string | null = null;
    for (const m of typed.matchAll(KIND_OF)) {
      const [whole, named] = [m[0], m[1] as string];
      const foreign =
        !GENERAL_ASK_WORD.test(fold(named)) &&
        this.foreignWord(fold(named)) &&
        !this.writes(fold(whole.replace("の", ""))) &&
        this.holdsForeignWord(this.words.inReportWords(named));
      // 「異文化対応の研修を考えていて、そもそも人財育成の研修って…」: one of the report's own is what is asked.
      if (!foreign) return null;
      unknown ??= whole;
    }
    return unknown;
  }

  /**
   * A policy change asked about, in a word of kanji ending in 化 (無償化, 有料化, 民営化) that the report does not write,
   * in the question's words or the report's: that word. The report's own (効率化, 電子化, 平準化) are its matter.
   */
  private policyUnwritten(typed: string): string | null {
    // 「駐車場を有料にするって話」 is 有料化 said in verbs.
    const changes = [...typed.replace(POLICY_IN_VERBS, "$1化").matchAll(POLICY_CHANGE)];
    // 「…の電子化を実証実験して見送った件、どの項目？」 takes the change for the plan's and asks which item it is: the
    // report says it in other words (電子申請). 「…の無償化はこのプランに入ってる？」 asks whether: not written, not in it.
    if (changes.length === 0 || ITEM_OF_IT_ASKED.test(requestOf(typed))) return null;
    for (const m of changes) {
      const run = m[1] as string;
      const word = run.slice(-3);
      // Not 強化 (対策強化), nor a longer word of the report made into something (義務教育学校化). A stem of two
      // kanji may be the report's in another sense (無償 of No.15's 無償譲渡, not of 給食費の無償化).
      const named = run.length >= 4 ? [run.slice(0, -1)] : [];
      if ([run, word, run.slice(-2), ...named].some((w) => this.writes(fold(w)))) continue;
      if (this.writes(fold(this.words.inReportWords(word)))) continue;
      return word;
    }
    return null;
  }

  /**
   * 「公民館の使用料って上がったの？」「使用料が4月から上がったのはなぜか」: the item one of whose sentences tells of the
   * revision of the fee asked about (No.5: 使用料 with 改定, 改正), when it is the only one; null otherwise.
   */
  private feeRevisedBy(query: string): AnswerBody | null {
    const typed = normalize(query);
    // A time may come between the fee and its rise here (「使用料が4月から上がった」): the fee is read before both.
    const change = FEE_CHANGE.exec(typed) ?? FEE_RAISED_AFTER_TIME.exec(typed);
    if (!change) return null;
    const fee = countedTerms(typed.slice(0, change.index))
      .filter((t) => FEE_WORD.test(t))
      .at(-1);
    // A fee by its own name (使用料, 学校給食費), not 料金 or 費 alone.
    if (fee === undefined || [...fee].length < 3) return null;
    const folded = fold(fee);
    // Only the items that write the fee at all can tell of its revision: the index names them, where a pass over
    // every item's sentences cost a large plan tens of milliseconds a question (issue 14).
    // Two that tell of it already leave the question open: no need to read the rest.
    const tellers: number[] = [];
    for (const n of this.passages.itemsContaining(folded)) {
      if (!this.passages.onePassageHolds(n, folded, FEE_REVISED)) continue;
      tellers.push(n);
      if (tellers.length > 1) break;
    }
    return tellers.length === 1
      ? { kind: "item", query, item: this.plan.byNumber.get(tellers[0] as number) as PlanItem }
      : null;
  }

  /**
   * A fee (a word ending in 料金, 料, 費, 税 or 袋) named right before its revision (値上げ, 改定) when no sentence of the
   * report writes the fee with a revision's word: that fee.
   */
  private feeChangeUntold(typed: string): string | null {
    // The cheap test first: most questions name no revision, and reading the request runs the greeting patterns.
    const change = FEE_CHANGE.exec(typed) ?? FEE_RAISED.exec(typed);
    if (!change || PLAN_CONTEXT.test(requestOf(typed))) return null;
    // The last fee named before it, past a time (「学校給食費ってR6から値上げ」: R6 is no fee).
    const fee = countedTerms(typed.slice(0, change.index))
      .filter((t) => !/^(?:r|h)?\s*[0-9]/u.test(t))
      .at(-1);
    if (fee === undefined || !FEE_WORD.test(fee)) return null;
    const folded = fold(fee);
    const told = this.writes(folded) && FEE_REVISED.some((f) => this.toldInOneSentence(f, folded));
    return told ? null : fee;
  }

  /**
   * 「R5の市税の収納率って何％」「新庁舎の総事業費いくら」「広報の発行部数」: a figure of the city's books or statistics
   * (INDICATOR) that the report gives no figure of, though it may write the word (No.16's 収納率の向上, with no
   * rate). The topic is the plan's, the figure is not in it: the answer says so and points to the item. A rate must
   * be given in %; any other figure right after the word is one.
   */
  private indicatorOutsideReport(text: string, yearNamed: boolean, asTyped = false): string | null {
    // The indicator itself asked, not a label that holds it (No.16's 「収納率向上への効果」, 「徴収率を上げる取組」,
    // 「歳入見積り」): it is followed by a particle, a time or the ask, and no effect is asked of.
    const indicator = INDICATOR.exec(text);
    // A fee the report names (市営住宅使用料, in No.17's table) is its figure's label; only fees it never names are out.
    // Read as typed (the paraphrases make 督促 催告), and not a fee's revision: feeChangeUntold tells of that.
    // The last fee named is the one asked: 「水道料金の督促手数料っていくら」 asks the second.
    const fees = indicator || !asTyped || FEE_CHANGE.test(text) ? [] : [...text.matchAll(FEE_AMOUNT_ALL)];
    const untoldFee = fees.findLast(
      (fee) =>
        // Its amount asked after it (「会議室の使用料が変わった件、公布日は」 asks a date the report gives).
        // A price (値段, 単価) is an amount asked by its own word.
        (/(?:値段|単価)$/u.test(fee[0]) ||
          /いくら|なんぼ|何\s*円|料金表/u.test(text.slice((fee.index ?? 0) + fee[0].length))) &&
        ![fee[0], fee[0].replace("の", "")].some((f) => this.writes(fold(f))),
    );
    const m = indicator ?? untoldFee ?? null;
    const word = m?.[0];
    if (word === undefined || /効果/u.test(text)) return null;
    // A year taken out of the question leaves a space (「指定管理料の令和5年度の総額」: 「指定管理料の の総額」), and its
    // particle before the ask (「登録件数 R5でいくつ」: 「登録件数  でいくつ」, as 「登録件数、R5でいくつ」 reads).
    const following = text.slice((m?.index ?? 0) + word.length);
    const after = following.replace(
      /^の?\s+(?:(?:末|時点)?(?:で|に|は)(?=\s*(?:いくら|いくつ|何|なん|どれ|どの)))?/u,
      "",
    );
    // 「空き家バンクの登録件数」: the indicator ending the question, of something the report never writes, asks its
    // figure as a year or an ask beside it does (「オープンデータの登録件数」 is the report's: No.11 counts them).
    // Whose: the word right before it, or before its の (not 「お疲れ様です。」 before 「有収率」).
    const ofUnwritten = () => {
      const owner = /([\p{Script=Han}\p{Script=Katakana}ー]{3,})の?$/u.exec(
        text.slice(0, m?.index ?? 0),
      )?.[1];
      return owner !== undefined && this.unwritten(owner);
    };
    const asked =
      yearNamed || INDICATOR_ASKED.test(text) || (/^[\s?？。!！]*$/u.test(after) && ofUnwritten());
    // Followed by a space, not by の, the indicator ends where a year or a space was typed after it (「残業時間 R5の
    // 平均」: 「残業時間  の平均」), as after a comma (「残業時間、R5の平均」).
    const spaced = /^\s/u.test(following);
    if (!asked || !(spaced || INDICATOR_END.test(after))) return null;
    return this.figureWrittenAfter(fold(word), /率$/u.test(word)) ? null : word;
  }

  /** The first OUTSIDE_MATTER of the request as typed that the report never writes; null if none. */
  private matterOutsideReport(query: string): string | null {
    // Not in who asks (GREETING, through requestOf) nor in why, wherever it is told (「…通学路の維持管理を見直す必要が
    // あって、」).
    const request = requestOf(normalize(query)).replace(OCCASION_CLAUSE, " ");
    for (const m of request.matchAll(OUTSIDE_MATTER)) if (!this.planTextHas(m[0])) return m[0];
    return null;
  }

  /** 「1食あたり」「上限」「単価」 asked as a figure, when the report writes no such word anywhere. */
  private perUnitUnwritten(typed: string): string | null {
    const m = PER_UNIT.exec(typed);
    // Asked as a figure: FIGURE_ASK (いくら, どのくらい …) or any 何 (「上限は何万円」).
    if (!m || !(FIGURE_ASK.test(typed) || typed.includes("何"))) return null;
    const kind = (m[0].match(/あたり|当たり|上限|単価/u) as RegExpMatchArray)[0];
    const forms = kind === "あたり" || kind === "当たり" ? ["あたり", "当たり"] : [kind];
    return forms.some((f) => this.planTextHas(f)) ? null : m[0];
  }

  /** Whether the plan's text holds `word` (folded), read once per word: the text grows with the plan. */
  private planTextHas(word: string): boolean {
    let has = this.wordsInPlanText.get(word);
    if (has === undefined) {
      has = this.planText.includes(fold(word));
      this.wordsInPlanText.set(word, has);
    }
    return has;
  }
  private readonly wordsInPlanText = new Map<string, boolean>();

  /** The unit of 「何世帯」「何台」 when the report states no figure in it anywhere. */
  private unitNeverCounted(typed: string): string | null {
    // 「ペーパーレスになった枚数って出てる？」: the count's own noun (枚数, 台数) asked as a figure counts in that unit too.
    const unit =
      UNIT_ASKED.exec(typed)?.[1] ??
      (INDICATOR_ASKED.test(typed) || STATED_ASKED.test(typed)
        ? UNIT_COUNT_NOUN.exec(typed)?.[1]
        : undefined);
    if (unit === undefined) return null;
    let counted = this.unitsCounted.get(unit);
    if (counted === undefined) {
      counted = new RegExp(`[0-9]\\s*${fold(unit)}`, "u").test(this.planText);
      this.unitsCounted.set(unit, counted);
    }
    return counted ? null : unit;
  }
  private readonly unitsCounted = new Map<string, boolean>();

  /**
   * A rate asked as a figure (登録率, 利用率) whose word the report never writes. Not the rates the bot works out
   * itself from a target and a result (達成率, 進捗率), nor 効率 and 比率, which are no figures asked.
   */
  private rateNeverWritten(typed: string): string | null {
    const m = RATE_WORD.exec(typed);
    const rate = m?.[1];
    if (rate === undefined || OWN_RATES.test(rate) || !INDICATOR_ASKED.test(typed)) return null;
    // The rate itself asked (「…の登録率、どのくらい」), not what raises it (「徴収率を上げる取組」), as an INDICATOR.
    if (!INDICATOR_END.test(typed.slice((m?.index ?? 0) + rate.length))) return null;
    const folded = fold(rate);
    // Written with a figure somewhere, the rate is the report's. Written only as an aim (No.12's 「利用率を高める」,
    // No.16's 「収納率の向上」), it is a rate the report gives no figure of, when its figure is what is asked: not
    // the effect of raising it (No.16's 収納率向上への効果) nor whether it was revised (No.5's 減免率の見直し).
    if (this.writes(folded))
      return this.figureWrittenAfter(folded, true) ||
        !RATE_FIGURE_ASKED.test(typed) ||
        /効果|見直|改定|改正|上が|あが|向上|高め|下が|どうな/u.test(typed)
        ? null
        : rate;
    // A typo of a rate it writes (回等率 for 回答率) is that rate: one kanji differs. One pass over the plan's text.
    const near = [...folded.slice(0, -1)].map(
      (_, i) => `${folded.slice(0, i)}\\p{Script=Han}${folded.slice(i + 1)}`,
    );
    return near.length > 0 && new RegExp(near.join("|"), "u").test(this.planText) ? null : rate;
  }

  /** Whether the report writes a figure right after `folded` somewhere (a rate's in % or ポイント). */
  private figureWrittenAfter(folded: string, rate: boolean): boolean {
    let at = this.planText.indexOf(folded);
    while (at >= 0) {
      const stated = /^[^。0-9]{0,12}([0-9][0-9,.]*)\s*(%|％|ポイント)?/u.exec(
        this.planText.slice(at + folded.length, at + folded.length + 40),
      );
      if (stated && (!rate || stated[2] !== undefined)) return true;
      at = this.planText.indexOf(folded, at + 1);
    }
    return false;
  }

  /**
   * Whether the report never writes `typed` (see attributeOutsideReport): not a general word, a department, a word
   * of the report with an everyday suffix, two of its words typed together, or a typo of a long word.
   */
  private unwritten(typed: string): boolean {
    const word = fold(typed);
    // A department, or a department's share (政策課担当 of 「政策課担当の分」), is named on the items' 【担当課】 lines.
    if (GENERAL_ASK_WORD.test(word) || /^(?:ぼっと|bot)$|[課部室局所](?:担当)?$/u.test(word)) return false;
    if (this.writes(word)) return false;
    const stem = word.replace(WORD_SUFFIX, "");
    if (
      stem !== word &&
      stem.length >= 2 &&
      (GENERAL_ASK_WORD.test(stem) || this.writes(stem) || this.writes(stem.replace(WORD_SUFFIX, "")))
    )
      return false;
    // 給食センター: a facility named by what it is for and the report's word for a kind of facility is that facility,
    // written only if one sentence writes both (給食 is No.17's 学校給食費, センター No.1's サポートセンター).
    for (let i = 2; i + 2 <= word.length; i++) {
      const [head, tail] = [word.slice(0, i), word.slice(i)];
      if (!this.writes(head) || !this.writes(tail)) continue;
      if (FACILITY_KIND.test(tail) && !this.toldInOneSentence(head, tail)) continue;
      return false;
    }
    // 定員管理計画: a word of kanji whose head and tail the report writes is its words typed together; nor is a typo of
    // one it writes (定員菅理, 暫定再人用). Not one of a head alone (基本理念: 基本 is written, 理念 never).
    if (
      word.length >= 4 &&
      /^\p{Script=Han}+$/u.test(word) &&
      this.writes(word.slice(0, 2)) &&
      (this.writes(word.slice(2)) || this.passages.anyContainsBut1(word))
    )
      return false;
    return true;
  }

  /**
   * 「PayPayで市県民税はらえますか？」「体育館の使用料の減免って、障がい者団体は対象になりますか？」: whether one can pay,
   * use or is covered (CAN_ONE), about something the report never writes (PayPay, 市県民税, 障がい者団体). The topic is
   * the plan's (No.16's 納付, No.5's 減免), the case the asker's own, which no report of progress can settle.
   */
  private ownCase(typed: string): boolean {
    if (!CAN_ONE.test(typed)) return false;
    const asked = requestOf(typed);
    if (PLAN_CONTEXT.test(asked)) return false;
    const latin = (asked.match(/[a-z][a-z0-9]{2,}/g) ?? []).some(
      (w) => this.passages.itemsWithWord(w).length === 0,
    );
    // Read in the report's words too: ネット予約 is its オンライン予約.
    return latin || (this.holdsForeignWord(asked) && this.holdsForeignWord(this.words.inReportWords(asked)));
  }

  /** Whether any counted word of `text` is one the report never writes (see foreignWord). */
  private holdsForeignWord(text: string): boolean {
    return countedTerms(text).some((w) => this.foreignWord(w));
  }

  /**
   * A word of three characters or more that the report never writes: a katakana word (folded to hiragana: いおん,
   * まんしょん) or a kanji word of up to four characters (民営化). Shorter words (経緯, 今回) are ordinary prose the
   * report simply does not use, and a longer run of kanji is often words of the question run together (月施行予定).
   */
  private foreignWord(word: string): boolean {
    const length = [...word].length;
    if (length < 3) return false;
    // スマホ代, キャッシュレス決済始(める): a katakana word the report never writes, with kanji after it.
    const head = /^[\p{Script=Hiragana}ー]{3,}(?=\p{Script=Han}+$)/u.exec(word)?.[0];
    if (head && !this.passages.anyContains(head)) return true;
    const kana = /^[\p{Script=Hiragana}ー]+$/u.test(word);
    const allKanji = /^\p{Script=Han}+$/u.test(word);
    // 独立行政法人: a long kanji word is foreign when it is not the report's words typed together either
    // (包括連携協定締結 is 包括連携協定 and 締結; 統合小学校開校日 is 統合小学校, 開校 and the everyday 日).
    // A department (地域振興課) is named on the item's 【担当課】 line, not in its sentences.
    // 市民プール: the report's kanji before a katakana word it never writes (folded to hiragana: a run keeps no
    // trailing okurigana, so trailing kana were typed in katakana).
    // Not a verb's ending run into the word after it (払うタイプ: うたいぷ).
    const tail = /(?<=\p{Script=Han})(?![うるすくつむぶぐぬいたて])[\p{Script=Hiragana}ー]{2,}$/u.exec(
      word,
    )?.[0];
    if (tail !== undefined && !this.passages.anyContains(tail) && !this.passages.anyContains(word))
      return true;
    // 図書館カード: kanji the report never writes (nor its words typed together) before a katakana word it writes.
    const kanjiHead = tail === undefined ? undefined : word.slice(0, word.length - tail.length);
    if (
      kanjiHead !== undefined &&
      [...kanjiHead].length >= 2 &&
      !this.passages.anyContains(kanjiHead) &&
      !this.passages.anyContains(word) &&
      !this.composedOfReportWords(kanjiHead)
    )
      return true;
    // A department (納税課) or an office (総合支所) is named on the 【担当課】 lines; a facility (無床診療所) is not.
    if (allKanji && length > 4)
      return (
        !/(?:[課部室局]|支所|事務所|役所|出張所)$/u.test(word) &&
        !this.composedOfReportWords(word.replace(/[日者中等的用上後前時]$/u, ""))
      );
    const kanji = allKanji && length <= 4;
    if (!(kana || kanji) || this.passages.anyContains(word)) return false;
    // 導入見送(った): two words of the report that one of its sentences writes together (導入を見送った), typed as one.
    if (kanji && length === 4 && this.toldInOneSentence(word.slice(0, 2), word.slice(2))) return false;
    // 新体制: the report's word (体制, 「新たな体制」) with a prefix of time or scope.
    if (kanji && /^[新旧各全再現前次本当]/u.test(word) && this.passages.anyContains(word.slice(1)))
      return false;
    // 休職者, 休職中: a word of the report (休職) with an everyday suffix is the report's matter.
    const stem = kanji ? word.replace(/[者中等的用上後前時]$/u, "") : word;
    return stem === word || !this.passages.anyContains(stem);
  }

  /**
   * 「鳴子総合支所がなくなる」「鳴子公民館が廃止される」: a place's facility typed as one word the report never writes,
   * though it writes the facility (総合支所) and the place (鳴子) apart: whether no sentence writes them together (the
   * deed is not told of that place); null when the last word before the deed is no such word.
   */
  private placedFacilityUntold(before: string): boolean | null {
    const typedAsOne = countedTerms(before).at(-1);
    if (typedAsOne === undefined || this.passages.anyContains(fold(typedAsOne))) return null;
    const chars = [...typedAsOne];
    for (let cut = 2; cut <= chars.length - 2; cut++) {
      const place = fold(chars.slice(0, cut).join(""));
      const facility = fold(chars.slice(cut).join(""));
      // The report may shorten the facility after the place (鳴子小 of 鳴子小学校, 鳴子小中学校).
      if (this.passages.anyContains(facility) && this.writes(place))
        return (
          !this.toldInOneSentence(place, facility) && !this.passages.anyContains(place + facility.charAt(0))
        );
    }
    return null;
  }

  /** Whom a deed is told of: the nearest word before it that the report writes and that is not the deed's own. */
  private deedSubject(before: string, forms: readonly string[]): string | undefined {
    return countedTerms(before)
      .reverse()
      .find(
        (t) =>
          [...t].length >= 2 &&
          !forms.some((f) => t.includes(f) || f.includes(t)) &&
          this.passages.anyContains(t),
      );
  }

  /**
   * Whether the report writes `form` within a few characters of `subject` (both folded), with no や・と between them
   * listing another thing (「岩出山総合支所庁舎や廃校した学校」 closes no 総合支所). The folded text has no punctuation
   * left (fold drops 。、・) and its sentences are joined end to end: the reach alone keeps a form in the next sentence
   * from counting, as it does for No.14's 統合 nineteen characters after its 総合支所.
   */
  private writtenNear(form: string, subject: string, reach = 10): boolean {
    const apart = /[やと]/u;
    for (let at = this.planText.indexOf(subject); at >= 0; at = this.planText.indexOf(subject, at + 1)) {
      const before = this.planText.slice(Math.max(0, at - reach - form.length), at);
      const after = this.planText.slice(at + subject.length, at + subject.length + reach + form.length);
      const formBefore = before.lastIndexOf(form);
      const formAfter = after.indexOf(form);
      if (formBefore >= 0 && !apart.test(before.slice(formBefore + form.length))) return true;
      if (formAfter >= 0 && !apart.test(after.slice(0, formAfter))) return true;
    }
    return false;
  }

  /** Whether one sentence of the report holds both words (folded). Read in a few items at most. */
  private toldInOneSentence(a: string, b: string): boolean {
    return this.passages
      .itemsContainingUpTo(a, UNCOMMON_AT_MOST)
      .some((n) => this.passages.mostInOnePassage(n, [a, b]) === 2);
  }

  /** Whether an item's sentences hold `word` (folded), or its names and terms do (接遇研修 is a keyword of No.8's). */
  private writes(word: string): boolean {
    return this.passages.anyContains(word) || this.index.calledBy(word).length > 0;
  }

  /**
   * `text` with each run of kanji or katakana that the report never writes, but writes as two words of two characters
   * or more (接遇 and 研修), typed apart (「接遇 研修」). The first split from the left whose parts it writes.
   */
  private splitCompounds(text: string): string {
    return text.replace(/[\p{Script=Han}\p{Script=Katakana}ー]{4,12}/gu, (run) => {
      const folded = fold(run);
      // A word of the report with an everyday ending (参加者数) is that word.
      if (this.writes(folded) || this.writes(folded.replace(WORD_SUFFIX, ""))) return run;
      for (let i = 2; i + 2 <= run.length; i++)
        if (this.writes(fold(run.slice(0, i))) && this.writes(fold(run.slice(i))))
          return `${run.slice(0, i)} ${run.slice(i)}`;
      return run;
    });
  }

  /** Whether the report writes `word`, or every part of it, two characters or more each, in turn. */
  private composedOfReportWords(word: string): boolean {
    if (this.passages.anyContains(word)) return true;
    for (let i = 2; i + 2 <= word.length; i++)
      if (this.passages.anyContains(word.slice(0, i)) && this.composedOfReportWords(word.slice(i)))
        return true;
    return false;
  }

  /** A municipality or prefecture (仙台市, 東京都) whose name the plan never uses. */
  private namesAnotherGovernment(asked: string): boolean {
    // 「県内の町から行革の視察が来るんですが、…」: a town that visits or asks is who asks, not what is asked about.
    const text = asked.replace(VISIT_FROM, " ");
    // 「宮城県が県庁でやってるRPA」: the prefecture's or the state's own work, though the report names 宮城県 (No.11's
    // portal shared with the prefecture).
    if (GOVERNMENT_ACTING.test(text)) return true;
    // 「国の自治体DX推進計画にある26手続」 is No.10's: the report names that plan. A plan of the state's it never names
    // is the state's matter.
    const statePlan = STATE_PLAN.exec(text)?.[1];
    if (statePlan && !this.planText.includes(fold(statePlan).replace(/^(?:定めた|作った|出した)/u, "")))
      return true;
    for (const m of text.matchAll(MUNICIPALITY)) {
      const name = m[1] ?? "";
      if (name !== "大崎" && !this.planText.includes(fold(name))) return true;
    }
    const wide = COUNTRY_OR_PREFECTURE_WIDE.exec(text)?.[1];
    if (wide && !this.planText.includes(fold(wide))) return true;
    const neighbour = NEIGHBOUR_NAME.exec(text)?.[0];
    if (neighbour && !this.planText.includes(fold(neighbour))) return true;
    return PREFECTURE_PLAN.test(text) || RANKED_AMONG.test(text) || OTHER_GOVERNMENTS_OWN.test(text);
  }

  /**
   * A fiscal year outside the plan's period that the plan never names (令和10年度 of a plan of 令和5～7年度, or
   * 令和2年度 before it): nothing in the data answers for it, and an item's card would pass its other years off as
   * that one's.
   */
  private yearPastPlan(query: string, text: string): AnswerBody | null {
    const { first, last } = this.plan.meta.fiscal_years;
    const asked = mentionedFiscalYear(text, this.plan.meta.current_fiscal_year);
    // 「令和38年時点で32.3％減」: a target year the report names is a year of the plan's, fiscal or not.
    if (
      asked === null ||
      (asked >= first && asked <= last) ||
      this.planText.includes(fold(fiscalYearLabel(asked).replace(/度$/, "")))
    )
      return null;
    // A year before the plan that the report never names (令和2年度) has no figures either; the report's own
    // baseline years (令和4年度) are the plan's.
    return {
      kind: "none",
      query,
      reason: "no_match",
      range: this.range,
      note: `${fiscalYearLabel(asked)}は第6次集中改革プランの期間（${fiscalYearLabel(first)}～${fiscalYearLabel(last)}）の${asked > last ? "後" : "前"}の年度なので、データがありません。`,
    };
  }

  /**
   * 「ふるさと納税の目標は何円？」「…の達成率は何%？」 of an item whose year has no target figure in the report (No.18:
   * its 総評 says 目標を大きく上回り, no amount): says so, rather than leave the figures shown to be read as the target.
   */
  private noTargetNote(text: string, body: AnswerBody): string | undefined {
    if (body.kind !== "item" || body.item.current.measurements.length > 0) return undefined;
    if (!TARGET_FIGURE_ASKED.test(text)) return undefined;
    const year = fiscalYearLabel(body.item.current.fiscalYear);
    return `${year}の数値の目標は報告書に書かれていないため、達成率は出せません。`;
  }

  /**
   * The statuses are those of the latest fiscal year with results. A question about another year gets them
   * too, with a note saying so, rather than silently.
   */
  private yearNote(text: string, body: AnswerBody): string | undefined {
    if (body.kind !== "list" && body.kind !== "item") return undefined;
    const current = this.plan.meta.current_fiscal_year;
    const asked = mentionedFiscalYear(text, current);
    if (asked === null || asked === current) return undefined;
    const latest = fiscalYearLabel(current);
    return asked > current
      ? `${fiscalYearLabel(asked)}の実績はまだデータにありません。${latest}の実績による状況を示します。`
      : `データにあるのは${latest}の実績です。${latest}の実績による状況を示します。`;
  }
}

/** The last clause of `text`: what follows its last space, punctuation or quotation mark. */
function lastClause(text: string): string {
  return text.split(/[\s、。，,！!？?「」『』]/).pop() ?? "";
}

/** `text` with the first の between two kanji replaced by `particle` (新庁舎の供用開始 → 新庁舎が供用開始); as it is if none. */
function joinedBy(text: string, particle: string): string {
  return text.replace(/(?<=\p{Script=Han})の(?=\p{Script=Han})/u, particle);
}

/**
 * Words joined by の, folded (公の施設): what the report writes as one term. Split, 公 and 施設 would say nothing,
 * so a question's 「公の施設」 is weighed as one word too.
 */
function joinedWords(text: string): string[] {
  // Matched before folding, which drops the punctuation between clauses (「公の施設、何施設」 is not 公の施設何施設).
  return (
    normalize(text).match(
      /[\p{Script=Han}\p{Script=Katakana}ー]+の[\p{Script=Han}\p{Script=Katakana}ー]+/gu,
    ) ?? []
  ).map(fold);
}

/**
 * The hits that list `word` among their names and terms about as strongly as the best one (LINE: No.6's 大崎市公式
 * LINE, No.9's LINE 公式アカウント), best first.
 */
function listedAlike(hits: readonly TopicHit[], best: TopicHit, word: string): TopicHit[] {
  return hits.filter((h) => h.score >= best.score * CLOSE_SHARE && h.matched.some((p) => p.includes(word)));
}

/**
 * 「開催件数」 counts 開催 (No.13: 「会議開催 1,243 件」): the question's words that end in a counter (件数, 人数, 回数),
 * without it, when two characters or more are left.
 */
function withoutCounters(text: string): string[] {
  return countedTerms(text).flatMap((t) => {
    const bare = t.replace(/(?:件|人|回)数$/u, "");
    return bare !== t && [...bare].length >= 2 ? [bare] : [];
  });
}

/**
 * Whether the items behind for a missed target are asked for: a target missed and no lateness word beside it (「遅れ
 * や未達の項目」 asks for every item behind), unless the lateness is the missed target's (「目標割れしてて遅れてる」).
 */
function asksTargetMissed(text: string): boolean {
  return (
    TARGET_MISSED.test(text) &&
    NUMERIC_TARGET_MISSED.test(text) &&
    (!LATE.test(text) || LATE_BY_TARGET.test(text))
  );
}

/** The words of a question that a figure could count: its content runs not typed in hiragana alone. */
function countedTerms(text: string): string[] {
  const phrasing = hiraganaRuns(text);
  return contentRuns(text).filter((r) => !phrasing.has(r));
}

/** The item an answer gives, or the items it offers; none for a list, help or none. */
function itemsOf(body: AnswerBody): readonly PlanItem[] {
  return body.kind === "item" ? [body.item] : body.kind === "candidates" ? body.items : [];
}

/** An item and the folded forms of its names that a question may write whole (see Answerer.namedItem). */
type ItemNames = { item: PlanItem; forms: string[] };

export function createAnswerer(plan: Plan, options?: AnswererOptions): Answerer {
  return new Answerer(plan, options);
}

/** The part of `text` that folds to `folded` (データヘルス計画 for でーたへるす計画), to be shown as typed; else `folded`. */
function typedForm(text: string, folded: string): string {
  for (let i = 0; i + folded.length <= text.length; i++) {
    const part = text.slice(i, i + folded.length);
    if (fold(part) === folded) return part;
  }
  return folded;
}

/** The longest run of characters every one of `words` holds (包括 of 包括業務委託 and 地域包括ケア病床); "" if none. */
function commonPart(words: readonly string[]): string {
  const [first, ...rest] = words;
  if (first === undefined) return "";
  for (let length = first.length; length > 0; length--)
    for (let start = 0; start + length <= first.length; start++) {
      const part = first.slice(start, start + length);
      if (rest.every((w) => w.includes(part))) return part;
    }
  return "";
}

/**
 * The matter a kanji name is about, its first two characters (滞納 of 滞納対策): 「奨学資金の償還金の滞納対策」 is No.17's,
 * whose table writes 奨学資金 and 滞納 though never 滞納対策. The name itself when it is shorter or not all kanji.
 */
function headOf(name: string): string {
  return /^\p{Script=Han}{4,}$/u.test(name) ? name.slice(0, 2) : name;
}
