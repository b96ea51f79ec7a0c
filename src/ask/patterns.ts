/**
 * What the matcher knows about how people ask in Japanese: help words, status words, fillers, particles,
 * greetings, service questions. Kept apart from the answering flow (answer.ts) so that the language can be
 * read, and tuned, in one place. Words that name plan items belong in data/, not here.
 */
import type { Status } from "../plan/schema.ts";

/** Words that ask for help, alone. */
export const HELP =
  /^(?:help|ヘルプ|へるぷ|使い方|つかいかた|使いかた|何ができる(?:の|んですか|ますか)?|なにができる(?:の)?|できること(?:は)?|コマンド|\?|？)$/i;

/**
 * The bot's use asked in a sentence (「はじめて使います。このボットって何を聞けばいいんですか？」「使い方おしえて。項目の
 * 番号で聞いてもいいの？」「使い方がよくわからないのですが」「一覧を出してもらうにはどう聞けばいいですか」、丁寧に
 * 「本ボットの利用方法」「どのような聞き方をすればよろしいでしょうか」「番号だけで尋ねても大丈夫ですか」): the help, as
 * HELP alone is. Not 「ふるさと納税の使い方」: 使い方 only opening the question;
 * nor 「はじめて使います、よろしく」 alone, which is a greeting.
 */
export const HELP_ASKED =
  /(?:この|こちらの|本)(?:ボット|bot|ぼっと)に(?:質問|聞|き|尋ね)[^。？?]{0,6}?(?:とき|時|際|場合)|(?:この|こちらの|本)?(?:ボット|bot|ぼっと)\s*(?:って|は|で|に|には|では)?\s*[、,]?\s*(?:何を|なにを|何が|なにが|どう|どんな|どのよう|どういう|(?:何|なに)(?:きけ|聞け|でき|答え))|(?:この|こちらの|本)?(?:ボット|bot|ぼっと)の(?:使い方|使いかた|利用方法|使用方法|利用の仕方|操作方法)|(?:どういう|どんな|どのような)質問(?:に|なら|だと|まで){1,2}(?:答え|回答し|対応し|応じ)|(?:この|こちらの)(?:ボット|bot|ぼっと)(?:って|は)[^。？?]{0,24}?(?:以外|ほか|他の|なんでも|何でも)[^。？?]{0,8}?(?:答えて|教えて|調べて)(?:くれ|もらえ)(?:る|ます)|(?:どういう|どんな|どのような)(?:聞き方|質問の仕方|尋ね方|問い合わせ方)|何を聞けば(?:いい|よい)|(?:^|[。、\s?？!！])使い方(?:を)?(?:教えて|おしえて)|(?:^|[。、\s?？!！])使い方が(?:よく)?(?:わから|分から)|(?:番号|項目名|課の名前|言葉|キーワード)(?:とか|だけ|のみ)?で(?:聞いても|聞けば|聞いたら|質問しても|質問すれば|尋ねても|尋ねれば)(?:いい|よい|大丈夫|ok|答えて|わかり|分かり)|(?:どう|(?:どういう|どんな)(?:ふう|風)に|どのように|どうやって)(?:聞け|質問すれ|尋ねれ|聞いたら|質問したら)(?:ば)?(?:うまく|ちゃんと|正しく)?(?:いい|よい|よろし|答えて|出して|[?？])|(?:どう|どういう(?:ふう|風)に|どのように|どうやって)(?:聞く|質問する|尋ねる)と[^。？?]{0,24}(?:出して|答えて|教えて|返して)(?:くれ|もらえ)/iu;

/** What follows 「予定どおり」「計画どおり」 when it did not go so: 「（に）進まなかった」「いってない」. */
const NOT_GONE = "(?:に)?(?:進ま|進んで|進められて|いか|行か|いって|行って)(?:なかった|ない|ず|いない)";

/**
 * Status words, in kanji or typed in kana (したまわった). Checked in this order: 「達成できていない」 must not read as
 * 達成, nor 「順調じゃない」「クリアしてない」 as on track or achieved.
 */
export const STATUS_PATTERNS: ReadonlyArray<readonly [Status, RegExp]> = [
  [
    "behind",
    /(?:(?:順調|じゅんちょう|(?:予定|計画)(?:どおり|通り))(?:じゃ|では|で)(?:ない|なかった|ありません)|(?:クリアし|上回っ)てい?ない|クリアでき(?:てい?ない|なかった)|上回らなかった|遅れ(?:てい|て|気味)?る?|遅延|おくれ|みたっせい|みたつ|目標未達(?:成)?|未達(?:成)?|達成(?:でき|し)てい?ない|達成でき(?:ませんでした|なかった)|届いてい?ない|届か(?:ない|なかった|ず)|(?:下回|したまわ)(?:っ|る)|及ばな|達してい?ない|達しなかった|達しませんでした|ビハインド|進んでい?ない|うまく(?:いって|行って)い?ない|下振れ|(?:目標|計画|予定|見込み?)(?:値|額)?割れ)/g,
  ],
  ["unrated", /(?:評価(?:が|の)?(?:ない|なし|無し|されていない)|未評価)/g],
  [
    "on_track",
    // Not 「計画どおりに進まなかった」: that is OFF_SCHEDULE, behind.
    new RegExp(`(?:順調|じゅんちょう|(?:予定|計画)(?:どおり|通り)(?!${NOT_GONE}))`, "g"),
  ],
  [
    "achieved",
    /(?:目標達成(?!率)|たっせい|達成済み?|達成(?:した|している|できた|された)|達成(?!率)|クリア|上回|うわまわ(?:っ|る)|目標(?:を)?(?:大きく|大幅に)?(?:超え|越え|こえ)|(?:大幅|目標)超過|目標以上|うまくいった|上振れ|(?:計画|予定|見込み|目標)(?:より|以上に)(?:成果が出|多く|大きく|良|よ)(?:かった)?)/g,
  ],
];

/**
 * 「遅れてない」「遅れていません」「未達じゃない」「遅れのない」: not behind, read before the status words (遅れ would
 * match). Not 「遅れがないか確認したい」, which asks for the items behind.
 */
export const NOT_BEHIND =
  /(?:遅れ|おくれ|遅延し|割れ(?:し)?)(?:て(?:い|は)?|では|じゃ)(?:ない|なかった|ません(?:でした)?)|未達(?:成)?(?:じゃ|では|で)(?:ない|なかった|ありません)|(?:遅れ|おくれ|遅延)(?:の|が)(?:ない|無い|なかった|ありません)(?!か)/g;

/**
 * 「目標に届かなかった」「未達」「目標を下回った」: behind, asked as a target missed. Unless a word of lateness is there
 * too (遅れ, 遅延), such a question asks for the items that missed a target, not every item behind (see
 * missedTarget in plan/status.ts).
 */
export const TARGET_MISSED =
  /目標[^。、？?]{0,8}?(?:届かな|届かず|届いてい?な|達しな|達してい?な|下回|したまわ|及ばな|(?:達成|クリア)でき(?:な|ませ|てい?な)|クリアしてい?な|未達|割れ)|未達|みたっせい|みたつ|(?:下回|したまわ)(?:っ|る)|及ばな/;
/** 「金額の目標に届かなかった」「目標額に及ばなかった」: targets set in money (円, 千円). */
export const MONEY_TARGET = /金額|目標額|額で|円で|お金/;
/**
 * A missed target asked as a figure below its target: 「数値目標に届かなかった」「実績が目標を下回った」「目標割れ」. Plain
 * 「目標に届かなかった項目」「未達の項目」 ask for every item behind, a step of the year not done included (No.14's
 * 判断基準, 「策定することはできなかった」): the year's target of such an item was that step. Most who wrote questions
 * from the report alone meant so: of the plain wordings, those written by the brief that defines behind as 「遅れ・未達」
 * (sets 100 on) listed all the items behind 43 times of 43; those written before it split 54 to 48.
 */
export const NUMERIC_TARGET_MISSED = new RegExp(
  `数値|数字|目標値|${MONEY_TARGET.source}|実績|下回|したまわ|及ば|達しな|達してい?な|割れ`,
);
/**
 * A missed target that makes the item late (「目標割れしてて遅れてる」「目標に届かず遅れている」): the two words ask for
 * one set, the items behind for a missed target, not for all the items behind. Not 「未達だったり遅れてたり」: either.
 * So does a sentence after the question that says which it means (「遅れてる項目ある？数値目標に届かなかったやつ」).
 */
export const LATE_BY_TARGET =
  /(?:割れ|届かず|届かなくて|届いてい?なくて|未達|下回っ|下回り)(?:してて|していて|して|で|て|ており)?[、,]?(?:遅れ|おくれ|遅延)|(?:遅れ|おくれ|遅延)[^。？?]*[。？?]\s*(?:数値)?目標[^。、？?も]{0,8}?(?:届かな|届いてい?な|達しな|達してい?な|下回|及ばな)[^。？?も]{0,6}(?:やつ|もの|項目|取組)[。！!？?]*$/;

export const LATE =
  /遅れ|遅延|おくれ|ビハインド|進んでい?ない|うまく(?:いって|行って)い?ない|(?<!達成|クリア)でき(?:なかった|ていない|ませんでした)/;

/**
 * 「予定していたのにできなかった」「持ち越しになった」「未策定」「検討が終わらず」: asks for the items whose 総評 says a step planned for
 * the year was not done (see unfinishedSentences in plan/status.ts). 達成できなかった is a status word, not this.
 */
export const NOT_DONE =
  /(?:(?:やる|する)?予定(?:して(?:い)?た|だった)?(?:こと|もの|の)?(?:が|は)?(?:のに|けど|けれど|が)?[、,]?)?(?:(?:実施|策定|反映|導入|実行)(?:が|を|は)?)?(?<!達成|成|クリア)(?:でき|行え|やれ)(?:なかった|なくて|ず(?:に)?)|持ち越(?:し|され|した)?|間に合わ(?:なかった|ず)|未策定|未実施|(?:(?:検討|策定|実施|作業)(?:・(?:検討|策定|実施))?(?:が|は)?)?(?:終わらず|終わらなかった|完了せず|完了しなかった)/g;
/**
 * 「予定どおり進んでいない」「予定どおりいってない」「計画どおりに進まなかった」: behind, in the broad sense every writer of the evaluation sets gave
 * it: the items behind and those whose 総評 says a planned step was not done.
 */
export const OFF_SCHEDULE = new RegExp(`(?:予定|計画|スケジュール)(?:どおり|通り)${NOT_GONE}`, "g");
/** 「見送りになったもの」: the items whose 総評 says a step was put off. */
export const DEFERRED = /見送(?:り|った|られ|る)?/g;
/** What is said around asking for them: 「総評に…って書いてある項目」「洗い出したい」. */
export const UNFINISHED_CONTEXT =
  /(?:翌|次)?年度(?:繰越し?|に持ち越し?)(?:に)?|(?:翌|次)?年度以降|(?:計画の)?策定|予算(?:への)?(?:反映)?|反映|(?:翌|次)年度(?:に|へ)?|総評(?:で|に|では|には)?|(?:と|って)(?:書いて|書かれて|記載(?:されて)?)(?:い|ある|いる|る)?|記述|記載|洗い出(?:し|す)?(?:たい)?|挙げ(?:て)?|項目|取組|取り組み|もの|やつ|年度中|中に|どれ(?:と|ですか|でしたっけ|だっけ)?|ある[？?]?|ってある|予定(?:して(?:い)?た|してる|だった)?(?:こと|もの|の)?(?:が|は)?(?:のに|けど|けれど)?|事業|こと|(?:に)?加えて|も?含め(?:て)?|を?含む/g;
/**
 * 「未達でも大幅超過でもなく」「遅れも上振れもなく」「遅れてもないし目標超えでもない、」「遅れじゃなくて」: what a question
 * says it does not ask, each clause of it (statuses, when another is asked after them: see interpret).
 */
export const STATUS_DENIED =
  /[^、。，,？?\s（）()]{1,30}?も(?:ない|なく|無く)(?:て|し)?|[^、。，,？?\s（）()]{1,16}?(?:では|じゃ)(?:ない|なく|無く)(?:て|し)?/gu;
/** 「数値目標の未達は別にして」: a target missed, set aside rather than asked for. */
export const SET_ASIDE = /(?:未達|届かな|下回|目標)[^。？?]{0,6}?(?:は別|を?除|以外|じゃなく|ではなく)/;

/**
 * Status words as they read in hiragana, for words typed in katakana (タッセイ, オクレ), inflected too (ｵｸﾚﾃﾙ after
 * NFKC is オクレテル, タッセイシタ): katakana runs the whole status word, verb ending included.
 */
export const STATUS_KANA =
  /^(?:たっせい(?:した|してる|している|済み?)?|おくれ(?:て(?:い)?る|てます|た)?|みたっせい|みたつ|じゅんちょう(?:な|に)?)$/;

// リストアップ whole: リスト alone would leave アップ, which No.8's スキルアップ holds.
export const ALL = /(?:全部|全項目|全件|一覧|すべて|全て|全体|リストアップ|リスト|list|all)/gi;

/** Fiscal-year expressions are context, not topic: 「2024年度のふるさと納税」 is about ふるさと納税. */
export const FISCAL_YEAR =
  /(?:令和\s*(?:\d+|元|[一二三四五六七八九十]+)\s*年度?|平成\s*(?:\d+|元|[一二三四五六七八九十]+)\s*年度?|(?<![a-z])r\s*\d+(?:\s*年度?)?|\d{4}\s*年度?|今年度|昨年度|前年度|来年度|本年度|今年|去年|昨年)/g;

/** The plan's own name says nothing about which item is meant. */
// 「プランではどう進めて」: プラン alone is this plan too; inside a katakana word (アクションプラン) it is another.
export const PLAN_NAME =
  /(?:第\s*6\s*次\s*)?(?:集中)?改革(?:プラン|ぷらん)|(?<![\p{Script=Katakana}ー])プラン(?![\p{Script=Katakana}ー])|大崎市(?!民)/gu;

/**
 * Question endings and words that say "tell me about" without naming anything; 「…って改革プランに載ってる話ですか」
 * once the plan's name is gone (topicText removes PLAN_NAME first, leaving a space); a quote's frame (「…んでしょ」と
 * 言われたんですが).
 */
export const FILLER =
  /(?:(?<=(?:どの|なんの|何の|どこの)(?:取組|取り組み|項目|事業))の(?:一部|一環)|(?:ん)?(?:でしょ|だよね|ですよね|じゃん)(?:う)?(?=[」』])|(?<=[」』])と(?:言われ|いわれ|聞かれ)(?:た|ました|まして)(?:んですが|のですが|んだけど|けど|が)?|(?<=(?:って|は)?\s)(?:に|で)(?:は)?(?:載って|書かれて|書いて(?=あ)|入って|含まれて)(?:い)?(?:る|ます|あ(?:る|ります))?(?:話|こと|内容)?|(?:市)?役所の(?=仕事|業務|事務|職員)|(?:を|は)?(?:簡単に|手短に|ざっと|一言で)?(?:まとめて|要約して)(?:もらえ(?:ます|ません)か|いただけ(?:ます|ません)か|ください|下さい|ほしい|欲しい)|について|に関して|に関する|を?(?:教えて|おしえて)(?:ください|下さい|ほしい|欲しい)?|知りたい(?:です)?|を?(?:確認|把握)したい(?:です|のですが|んですが)?|を?(?:まとめ|取りまとめ|とりまとめ|整理し|集計し)たい(?:です|のですが|んですが|んだけど)?|を?確認させて(?:ください)?|を?見せて(?:ください)?|はどう(?:なった|なってる|なっている|なっていますか|なってますか|ですか|でしょうか|だった)?|どう(?:なった|なってる|なっている|なっていますか|なってますか|ですか|でしょうか|だった|かな)?|(?:の|は)?(?:進捗状況|進捗|進み具合|ステータス|状況|現状|実績|結果|詳細|中身|内容|取組内容|取り組み|取組|成果|効果|数字|数値|達成率|評価|件数|目標)|(?:って|とは)?(?:何|なに|なん)(?:ですか|だっけ)?|(?:ですか|ますか|ですかね|でしょうか|だっけ|かな|ください|お願いします|おねがいします)|(?:すみません|すいません)|(?:教えて)?いただけ(?:ますか|ますでしょうか|ませんか|ないでしょうか)|(?:効果額|金額|割合|件数|数字)|担当(?:課|部署|分)?|どんな感じ|どんなかんじ|(?:の件で)?(?:[\u4E00-\u9FFF\u30A0-\u30FF]{1,8}(?:から|より))?問い?合わせ(?:たいんですが|たいのですが|たい|が(?:きて|来て)(?:います|ます|る)|がありました|があって)?|関連する(?=項目|取組)|お伺いしたく存じます|お伺いしたい(?:です)?|ホント|ほんと|(?:今)?現在の|現時点(?:の|で))/g;

/** Tokens that carry no topic: particles, auxiliaries, and words for "item" or "thing". */
export const STOP_TOKENS = new Set([
  "の",
  "は",
  "が",
  "を",
  "に",
  "で",
  "と",
  "も",
  "や",
  "か",
  "へ",
  "ね",
  "よ",
  "な",
  "っ",
  "た",
  "て",
  "だ",
  "る",
  "って",
  "とは",
  "から",
  "まで",
  "より",
  "です",
  "ます",
  "でし",
  "まし",
  "いる",
  "ある",
  "あり",
  "なっ",
  "なる",
  "どう",
  "どれ",
  "どの",
  "どこ",
  "なに",
  "何",
  "項目",
  "もの",
  "こと",
  "やつ",
  "件",
  "の件",
  "ところ",
  "くだ",
  "さい",
  "教え",
  "ください",
  "今",
  "いま",
  "最近",
  "市",
  "本市",
  "うち",
  "この",
  "その",
  "あの",
  "bot",
  "ボット",
  "し",
  "した",
  "する",
  "して",
  "してる",
  "でき",
  "できた",
  "できる",
  "ます",
  "ません",
  "でる",
  "てる",
  "んで",
  "ん",
  "たい",
  "よね",
  "本当",
  "ほんと",
]);

/**
 * A name of a municipality or prefecture (仙台市, 仙台市民病院, 東京都). When the plan never mentions the place,
 * the question is about another government, however well the rest of it matches. 大崎市's own districts
 * (鹿島台, 岩出山 …) are in the plan's text and pass. 「何市町で結んだ」 asks how many, and names none.
 */
export const MUNICIPALITY =
  /(?![何幾])([\p{Script=Han}\p{Script=Katakana}]{2,4})[市町村県都府](?=民|立|国保|の|は|で|と|が|って|$|\s)/gu;

/**
 * Miyagi's other cities and towns by name alone (栗原中央病院, 涌谷の病院): staff name a neighbour without 市 or 町.
 * Names that are also common surnames or words (白石, 村田, 柴田, 大和, 川崎, 松島, 山元) count only with 市・町
 * (MUNICIPALITY). None of these is written in the report; a plan that writes one passes (namesAnotherGovernment).
 */
export const NEIGHBOUR_NAME =
  /仙台|石巻|塩竈|塩釜|気仙沼|名取|角田|多賀城|岩沼|登米|栗原|東松島|富谷|蔵王|七ヶ宿|大河原|丸森|亘理|七ヶ浜|利府|大郷|大衡|色麻|加美|涌谷|美里(?!さん|ちゃん)|女川|南三陸/u;

/**
 * A plan, rule, vision or scheme of the prefecture's (宮城県の公共施設等総合管理計画, 県の定員管理計画, 県の地域医療構想,
 * 県のみやぎ型管理運営方式): its own, though the report writes a plan of the same name for 大崎市; not what 大崎市 does
 * under it (県の指針に基づいて).
 */
export const PREFECTURE_PLAN =
  /(?<!\p{Script=Han})(?:宮城県|県)の[^。、？?をにでがはと]{0,15}?(?:計画|指針|方針|ガイドライン|ビジョン|戦略|条例|構想|方式)(?!に基づ|に沿|を踏まえ|を受け|に合わせ)/u;

/**
 * What belongs to another government (県の職員数, 宮城県の予算, 国の予算) or a neighbour not named (隣の町の下水道使用料); not the
 * prefecture's training institute the city sends staff to (No.8's 宮城県市町村職員研修所), nor the city's ties with
 * others (ほかの自治体との連携協約: No.20).
 */
export const OTHER_GOVERNMENTS_OWN =
  /(?<!\p{Script=Han})(?:\p{Script=Han}{0,3}県|国)の(?:職員|人口|予算|財政|借金|議員|議会|知事|大臣)(?!研修)|(?:隣|となり|近隣|周辺|近く|他|ほか)の(?:町|市|村|自治体|市町村)(?=の|で|では|は|って|が|[?？]|$)|(?<!\p{Script=Han})(?:他市|他市町村|他町村|他自治体)(?=の(?!視察|方|職員|担当|問い?合わせ|議員|人)|で|では|は|って|が)/u;

/**
 * The whole country's or prefecture's figures and doings (「マイナンバーカードの全国の交付率」「県内の平均」): the report
 * never compares the city with them. A plan that writes the word passes (namesAnotherGovernment).
 */
export const COUNTRY_OR_PREFECTURE_WIDE =
  /(?<!\p{Script=Han})(全国|国内|県内|県全体|全県)(?=の|で|平均|的|は|[?？])/u;

/**
 * Where 大崎市 stands among governments (県内で何番目, 全国順位), or how it compares with them (他市と比べて, 類似団体と
 * 比較): a comparison the report never makes.
 */
export const RANKED_AMONG =
  /(?:県内|全国|東北|県下|他市|他の(?:市|自治体))[^。？?]{0,8}?(?:何番目|何位|順位|上位|下位|トップ|ランキング)|(?:他市|他の(?:市町?村?|自治体)|他自治体|近隣(?:の)?(?:市町村|市町|自治体)|類似団体|全国平均|県平均)[)）]?(?:と|に|の(?:数字|実績|値)?と)?(?:比べ|くらべ|比較)|(?:他|ほか|よそ)の(?:自治体|市町村|市町|市|町)(?:も|でも|では|は)(?:やって|して|導入|取り組|取組|実施)/u;

/**
 * A government's own reform plan (「宮城県の集中改革プラン」「仙台市の行革」「県の行革プラン」): its name is the first
 * group (none for 県 or 国 alone).
 */
export const OTHER_GOVERNMENTS_PLAN =
  /([\p{Script=Han}\p{Script=Katakana}]{2,4})[市町村県都府]\s*(?:の|が)?\s*(?:第\s*\d+\s*次\s*)?(?:集中改革プラン|改革プラン|行革|行財政改革|行政改革)|(?<!\p{Script=Han})(?:県|国)\s*(?:の|が)\s*(?:第\s*\d+\s*次\s*)?(?:集中改革プラン|改革プラン|行革|行財政改革|行政改革)/gu;

/**
 * The city's other plans asked about in themselves (「次期総合計画の基本構想の骨子」「総合計画の実施計画のローリング」
 * 「総合計画の進捗」):
 * the report names the 総合計画 (No.6 feeds its 実施計画), but its schedule and contents are not this plan's.
 */
export const CITY_PLAN_ITSELF =
  /次期\s*総合計画|総合計画(?:の)?(?:進捗|進み具合|達成(?:状況|度)|kpi|成果指標|目標値|基本構想|基本計画|基本目標|将来像|施策の?体系|重点(?:プロジェクト|施策)|骨子|ローリング|実施計画のローリング|改定|見直しの?スケジュール)/u;

/** Words that ask how to use the bot rather than about the plan. */
export const HELP_WORDS = new Set([
  "使い方",
  "つかいかた",
  "使いかた",
  "ヘルプ",
  "へるぷ",
  "help",
  "できること",
]);

/**
 * An office that introduces itself is who asks, unless it says later that the items are its own (当課, 弊課, 自分の課,
 * or うち (の課) before what it is in charge of: 「うちの課が持ってる項目」「うちが記入担当課」「うちらも担当課に」): then its
 * name is the topic. Follows each introduction in GREETING. Not うち that says where the asker stands
 * (「うちの課でもRPA入れたい」「うちの課も共同催告に入ってて」「うちの市」「うちの公民館」「うちの在宅復帰率」).
 */
const NOT_OWN_LATER = String.raw`(?![\s\S]*(?:(?<!の)うち(?:ら)?(?:の(?:課|係|部|室|担当))?(?:(?!\s*(?:でも|も|（|\())(?:が|の|は|で|って)?(?=[^。、，,？?も]{0,8}?(?:担当|記入|所管|持って|もって|抱えて|項目|取組|取り組み|関わ|かかわ|関係|出てく|載って|入って|該当))|も(?=[^。、，,？?]{0,3}?(?:担当|記入|所管)))|(?<!担)当課|自分の課|私たちの課|わたしたちの課|弊課))`;

/**
 * Greetings and courtesies around a question, who is asking (「教育総務課です。」「情報政策です。」 at the start: an office that
 * introduces itself is not asking about its own items, unless it says うち or 当課; so does 「教委の施設管理です。」, a
 * word, の and a word, but not 「…の件です。」「…の話です。」, which name the topic; so does one that signs
 * 「（財政課）」 or says where it works on the answer, 「財政課でまとめてます」, or says what it does: 「農林振興課で農地
 * やってる者です。」「税務課の者です。」), and who asked it of the person
 * asking (市民の方に聞かれました,
 * 議員からの質問で) and where they heard of it (どこかで読んだ): a message of nothing else is not a question about the plan, and the one who asked is not
 * its topic (市民 would point at No.1's 市民協働).
 */
/**
 * An apology said to open a message (すみません, 何度もすみません, 申し訳ありませんが), without what follows it: GREETING
 * takes it anywhere before more of the message, question-text.ts's OPENING_MANNERS at the start.
 */
export const APOLOGY =
  "(?:何度も|なんども|たびたび|度々|重ね重ね|突然|急に|朝から|夜分)?(?:すみません|すいません|申し訳(?:ありません|ございません|ないのですが|ないんですが|ないですが|ないけど))(?:が|けど)?";

export const GREETING = new RegExp(
  `(?:${[
    // Who asks: an office or a role introduced (教育総務課です。 教委の施設管理です。 …担当です。 …やってる者です。).
    String.raw`^[一-龯々ァ-ヶー]{2,8}です[。、，,](?=\s*\S)${NOT_OWN_LATER}`,
    String.raw`(?<=^|[。、，,！!？?\s])[一-龯々ァ-ヶー]{1,6}の[一-龯々ァ-ヶー]{2,8}(?<!件|話|事|関係|関連|実績|状況|進捗|予定|目標|結果|内容|確認|質問|相談|依頼|照会)です[。、，,](?=\s*\S)${NOT_OWN_LATER}`,
    String.raw`(?<=^|[。、，,！!？?\s])[^。、，,\s？?はがをにど]{1,12}担当(?:者)?です(?![かよね])[。、，,]?${NOT_OWN_LATER}`,
    String.raw`(?<=^|[。、，,！!？?\s])[^。、，,\s？?]{1,14}(?:課|局|室|係|支所|センター|デスク)(?:の[^。、，,\sぁ-ゟ]{1,10})?です(?!か)[。、，,]?${NOT_OWN_LATER}`,
    String.raw`(?<=^|[。、，,！!？?\s])[^。、，,？?]{1,24}?(?:の|てる|ている|でる|でいる|てます|ています)者(?:です|でございます)[。、，,](?=\s*\S)${NOT_OWN_LATER}`,
    String.raw`[（(][^（）()。、\s]{1,14}(?:課|局|室|係|支所|センター|デスク)[）)](?=[\s。]*$)`,
    String.raw`(?<=^|[。、，,！!？?\s])[^。、，,\s？?]{1,14}(?:課|局|室|係|支所|センター|デスク)で(?:まとめて|取りまとめて|集計して|資料を?作って|作って|確認して|調べて)(?:い)?(?:ます|る)[。]?`,
    // Courtesies.
    "お世話になって(?:おり|い)ます|お世話になります|お疲れ様です|おつかれさまです|お疲れさまです|おはようございます|こんにちは|こんばんは|ありがとう(?:ございます|ございました)?|助かりました|よろしくお願いします|よろしくおねがいします|よろしくお願いいたします|失礼します|お手数(?:を)?(?:おかけ|お掛け)(?:します|いたします)が|お忙しいところ(?:恐縮ですが|すみませんが|申し訳ありませんが)?|恐れ入りますが",
    // An apology that opens a message (「すみません、」「何度もすみません。」「たびたび失礼します。」): manners, no topic. Only
    // before a comma or a full stop and more, so that 「すみませんでした」 of a story stays, and 「すみません」 alone is
    // someone asking for attention (answered with what the bot can do).
    String.raw`${APOLOGY}(?=[、。，,！!\s]+\S)|(?:たびたび|度々)失礼(?:します|いたします)|恐れ入ります(?=[、。，,！!\s])`,
    // How soon, in brackets (「（急ぎです）」「(至急)」): when the answer is needed, never what is asked.
    "[（(](?:大至急|至急|急ぎ|お急ぎ|急いでます|急いでいます)(?:です|で(?:お願いします|お願いいたします))?[）)]",
    // Who asked the asker, and where they heard of it.
    "(?:市民|住民|議員|議会|課長|部長|上司|市長|記者|窓口)(?:の方|さん|の人)?(?:に|から)(?:聞かれ|質問され|尋ねられ|問い合わせ|言われ|頼まれ)(?:ました|まして|た|て)?(?:のですが|んですが|んだけど|けど)?",
    "(?:市民|住民|議員|議会|課長|部長|上司|市長|記者)(?:の方|さん|の人)?からの(?:質問|問い合わせ|依頼)",
    "(?:と|って)?(?:市民|住民|利用者|保護者)(?:の方|さん|の人)?から(?:電話|問い合わせ|連絡)が(?:ありました|あった|来ました|来た|入りました)",
    "(?:と|って)?(?:どこか|何か|なにか|前に|以前)で?(?:読んだ|見た|聞いた|見かけた)(?:のですが|んですが|けど|気がします)?",
  ].join("|")})`,
  "g",
);

/**
 * How to get a service, where, when, what it costs: questions for a counter or a web page, not about how far
 * the plan has come. 「マイナンバーカードどこで作れる？」 mentions item 10 but does not ask about it; 「下水道の使用料は
 * 1か月いくら」 asks a household's bill, not the plan's 使用料 revision (what it cost the plan is in the past tense).
 * The forms at the end (session 11) are general ones: whether one can do something now (見学できますか, でも
 * 申し込めますか; not いつから使えますか, the plan's start), opening days (月曜休み), trouble at one's desk (ログイン
 * できません), one's own arrangements (自分で手配), how to apply or find out (申込みはどこから, 調べる方法ってあります
 * か, どう申請すれば), a clinic's departments, an address, an account, taking part, how long it takes, a letter's
 * wording or a form, one's own pay, and a fee as it is now (4月から上がった…いくら, 大人1回分); then limits and
 * eligibility (何枚まで, 入れる条件), crowds and buses, a key to be issued, signing up for a course, something that
 * has not arrived (証明書が届かない), how to use a thing (マイナポータルの使い方; not the bot's: that is help),
 * starting or stopping a utility, and whether it is free. 「市が自分でやる」 is the city's own doing, not the asker's.
 * 「どこに課題が残っているのか」「どこに違いがある」 ask where the plan stands, not where to go.
 * A message that ends with できる, 予約できる or 支所でもできる asks it, question mark or not.
 * 「どうやって埋めてるんですか」 asks how something is being done (the city's doing), not how to do it.
 */
export const SERVICE_INTENT =
  /(?:(?:証明書|住民票|謄本|抄本)(?:って|は|を|が|も)?[^。？?]{0,12}(?:取れ|とれ|もらえ|発行でき)|どこで|どこに(?!なった|決まった|課題|問題|違い|差|原因|重点|力点|焦点|ポイント)|どこへ|どこから(?:申し込|申込|申請|買|注文)|どこにある|どこ[?？\s。]*$|どこか(?=教え|知り|分か|わか)|どうやって(?![、,\s]*\p{Script=Han}{1,3}\p{Script=Hiragana}?(?:て|で)(?:る|いる|います|ます)(?:ん|の|か|[?？]|$))|やり方(?![のを]?(?:変え|見直|改善|改め))|作り方|払い方|の方法(?![のを]?(?:変え|見直|改善|改め))|方法[はを](?!変え|見直|改善|改め)|どうすれば|どうやる(?:の|ん(?:だ|です|でした)(?:っけ|か)?|[?？]|$)|どうやれば|どうしたら(?:いい|よい|良い)|(?:払う|作る|取る|申し込む|申請する|出す|捨てる|使う)には|納期限|いつまで(?!に(?:作|策定|決め|まとめ|見直|導入|完了|終わ|でき)|の(?:計画|期間|プラン|予定))|手続き|申請したい|(?:寄附|寄付)したい(?:んだ|んです|のです|けど|が|[、。]|$)|(?:直して|修理して|修繕して|貸して|来て)(?:くれ|もらえ)(?:ない|ます|る)(?:か|かな|の|[?？]|$)|申請方法|申し?込み?方法|(?:予約|申請|申し込|支払|払)(?:う|む|する)?方法|(?<!(?<!っ)て|概要|資料|詳細|情報|データ|数字|内容)もらえ(?:る|ます)(?:んでしたっけ|んですか|んでしょうか|の(?:[?？\s]|$)|か(?:[?？\s]|$)|[?？]|$)|何(?:か|ヶ|ケ|カ|箇)月(?:ごと|おき|に(?:1|一)回)|アドレス|(?:市民|住民)(?:の方)?(?:に|向けに)(?:どう)?(?:案内|説明|紹介)(?:し|す)|通勤|大雪|(?:申し?込み?|申請|手続き?|支払い?|払い|使い)の仕方|どう(?:ご)?案内すれば|(?:募集|公募|入札)(?:は|って)?いつ|お昼|昼ご?はん|昼飯|ランチ|飲み会|予約(?:したい|を取|の仕方|の方法|方法|(?:が|は|って)?(?:いり|要り|いる|要る|必要))|受け取り|受取り?(?:方|場所|日)|出し方|何曜日|申し?込み?の時期|入りたい|受付時間|手順|操作方法|操作の仕方|何(?:を)?持って(?:く|い|行)|の(?:仕方|しかた)(?:を|が)?(?:教えて|知りたい|わから|分から)|何を持って|何(?:月|日)(?:まで|締め)|(?:全文|本文|pdf|csv|ダウンロード(?:ページ)?)(?:は|って|が)?(?:どこ|どちら)|(?:募集|受付|申込|申し込み)(?:は|って)?(?:もう)?始まって|(?:返還|返済|支払い?|納付)?猶予(?:って|は)?(?:でき|してもらえ|され)|(?<!\p{Script=Han}[がは])(?:自分|私|わたし)で(?:選べ|決められ)|(?:誰|だれ)が(?:払|負担|出す)|持ち物|必要な(?:もの|物|書類)|必要書類|窓口に行|どう対応(?:すれば|したら|すべき)|(?:分割|分納)で(?:払|支払|納め)|どの(?:メニュー|画面|ボタン|サイト|ページ|url|アプリ)|窓口(?:で|でも)(?:でき|手続|申請|更新でき|受け付け)|(?:市民|住民)(?:の方)?(?:へ|に)の(?:案内|説明)(?:方法|の仕方)|案内(?:方法|の仕方)|(?:補助|助成)金?(?:は|って|が)?(?:ある|あります|出る|出ます|もらえ)|どこか(?=\s)|いつから(?:受付|申し込|申込)|(?:受付|申し?込み?)(?:は|って)?いつ(?:から|まで)|入居(?:申込|申し込)|面会|営業時間|誰に(?:言えば|聞けば|連絡すれば)|どうやる(?:の|んですか|んでしたっけ)|どうやれば|調べ方|探し方|なくし(?:た|ました|てしまった)|紛失|紙詰まり|どこが(?:開く|あく|開設)|締切|締め切り|どこから(?:やる|する|でき)|(?:にも|でも)でき(?:る|ます)(?:んですか|んでしょうか|の|か|[。.\s]*$)|(?:自分|私|わたし|僕|ぼく)(?:が|の)住んで(?:る|いる)|市に(?:お願いし|頼み|要望し)たい|(?:市|市役所)(?:で|が)(?:出して|負担して|払って|持って)(?:くれ|もらえ)|開催日(?:と|や|は|って|を)|(?:会場|開催場所)(?:は|って|と|を|どこ)|食堂|書き方|(?:で|に)払え(?:る|ます)|払え(?:る|ます)(?:か|の|[?？])|(?:土日|休日|祝日|夜)(?:も|は|って)?(?:窓口|受付)?(?:は|が|も)?(?:開いて|あいて|やって|診て|診療|受け付けて)|開いて(?:ます|る|います)(?:か)?[?？]|何時に(?:開|閉)|(?:誰|だれ|どこ)(?:に|へ)(?:頼めば|頼む|お願いすれば|言えば|聞けば|連絡すれば|相談すれば|すれば|出せば)|次(?:は|の)?いつ|(?:オープン|開館|開所|発送|提出期限|期限)(?:は|って)?いつ|どうやったら|業者(?:の一覧|を紹介|の紹介)|いつ(?:発送|届く|届き|オープン|開く|開館|始まる|改定され|出ます|出る)|募集要項|応募(?:したい|方法|できる|できます)|申込書|依頼様式|アカウント(?:発行|を作)|パスワード|ログイン(?:でき|の仕方|方法)|時刻表|バスの時間|何が建つ|人気(?:なの|の|が|ランキング|順|上位|返礼品|商品|メニュー)|一番人気|(?:いちばん|一番)(?:出た|出て|売れ|選ばれ|申し込まれ|注文され)|(?:トップ|ベスト)\s*(?:[0-9]+|三|五|十)|容量がいっぱい|保存できない|ダウンロードでき|どこから(?:入力|ダウンロード|申し込)|(?:業務|仕事)で使っていい|一般的に(?:は|には)?(?:どういう|どんな|何)|月いくら|いくらまで(?:出|もらえ|補助|助成|払|支給)|(?:1|一)(?:時間|回|日)いくら|大雨|どこが(?:開いて|あいて)|お金(?:が|は)?かかる|日程|送り先|送付先|提出先|申請先|申し?込み?先|相談先|問い?合わせ先|宛先|どこ宛て?|住民票|戸籍|印鑑(?:登録|証明)|開館時間|開庁時間|休館日|料金表|診療科|受診|控除|何ごみ|投票所|時間外勤務の上限|残業代|有給休暇|年次休暇|(?<!記載|掲載|記述)場所(?:を|は)?(?:聞かれ|教えて|知りたい)|何時から|何時まで|駐車場|売店|電話番号|連絡先|再発行|暗証番号|(?<!し|い|き|け|れ)忘れ(?:た|ました)|おすすめ|何位|順位|買いたい|借りたい|行きたい|作りたい|作れる|見つけた|してしまいました|何歳|給料|url|鍵|(?:1|一)\s*(?:か|ヶ|ケ|カ|箇)月(?:に|で|あたり)?いくら|いくら(?:くらい|ぐらい)?(?:かかりますか|かかるの|かかる[?？]|払えば)|(?:どの|どこの)(?:係|窓口)|誰に(?:回せ|回し|まわせ|つなげ|繋げ|つなぎ|繋ぎ)|(?:に|へ)(?:つなげば|繋げば|回せば|まわせば)|(?:引き?落とし|引落し?|振替)日|(?:窓口|支所)(?:で|でも)受け(?:られ|付けて)|(?:やる|する)?必要(?:が|は)?(?:あります|ある)(?:か|の)|ログインid|どこから(?:出す|出せ)|何を(?:出せば|出し直せば|提出すれば|書けば|用意すれば)|何が(?:必要|いる|要る)(?:の|ん|です|ですか|[?？]|$)|どこを(?:見れば|見て|調べれば|確認すれば)|どのシステムで(?:やる|する|申請|予約|申し込)|今も(?:選べ|受付|受け付け|やって|使え|申し込め|借りられ|もらえ)|手続き?の流れ|何階|エラー|アクセスでき(?:な|ませ)|(?:登録|設定|予約|申請|利用)の(?:しかた|仕方)|(?:の方|さん)に(?:どう)?(?:案内|説明)(?:し|す)|マニュアル|様式|もらえるの(?:か|でしょうか)|(?:土曜|日曜|祝日|休日|夜間)日?(?:も|は)(?:やって|開いて|あいて|空いて|受け付け|診療|診て)|締め?切り?|しめきり|〆切|振り?込(?:ま|み|む)|(?:させて|して)もらえ(?:ます|る)(?:か|の|ん(?:ですか|でしょうか|でしたっけ))|(?:借り|使っ|頼ん|申し込ん)たら(?:いくら|どう)|どこの(?:予算|フォルダ|課に|係に)|文字化け|(?:開け|開か|動か)ない|には(?:どうしたら|どうすれば)|説明会(?:は|って)?いつ|(?:て|で)(?:ほしい|欲しい)(?:んだけど|んですけど|のですが)|(?:税|料金|費用)(?:って|は)?かかる(?:んですか|んでしょうか|の|[?？])|引き落とされ|何日に|届いて(?:い)?る(?:か|かどうか)|借りられる(?:か|の)|(?:今月号|広報紙?|郵便|封筒|書類|通知|はがき|納付書)(?:が|は)?(?:まだ)?届か(?:ない|なく)|まだ届か(?:ない|なく)|(?:回答|提出|申請|届出|登録)しないと(?:ダメ|だめ|いけない)|(?:出さ|払わ|答え)ないと(?:ダメ|だめ|いけない)|上限額|入学式|卒業式|募集中|苦情|(?:自分|私|わたし)の(?=[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:の|は|って|が|を))|うちの(?:子|親|家|祖母|祖父|母|父|ばあちゃん|じいちゃん|おばあちゃん|おじいちゃん|妻|夫|息子|娘|家族)|(?:でき|使え|払え|申し込め|受けられ)る(?:か|かどうか)(?:聞かれ|問い合わせ|知りたい)|(?:じゃ|で)ないと(?:ダメ|だめ|いけない)(?:ですか|なの|[?？]|$)|(?:し|い|り|み|き|ぎ|び|ち|え|せ|け|べ|め|れ)たい(?:って|という|と言って|とのこと)|(?:せて|て)(?:ほしい|欲しい)(?:という|って)|(?<!もら|いただ|頂|くれ|何が|なにが|何|なに|いつ(?:から|ごろ|頃)?[^。？?]{0,8})(?:でき|払え|使え|申し込め|申込め|買え|借りられ|受けられ|頼め|選べ)(?:ます(?:か|[?？])|る(?:の|ん(?:ですか|でしょうか|でしたっけ))?(?:[?？]|[。.\s]*$))|(?:にも|でも)(?:出せ|払え|使え|申し込め|申込め|受けられ)(?!るよう)|(?:[月火水木金土日]曜|祝日|休日|夜間)日?(?:も|は|って)?(?:休み|休館|休診|やって|開いて|あいて|空いて|受け付け|診療|診て)|でき(?:ません|ない)(?:んですが|のですが|けど)?(?:[。．…！!]+|$)|(?<!\p{Script=Han}[がは])(?:自分|私|わたし|僕|ぼく)で(?:手配|用意|申し込|申込|払|支払|予約|やる|する)|(?:何|なに)が建|(?:申し?込み?|申請|予約|応募)(?:は|って)?どこ(?:から|で)|方法(?:って|は|が)(?:あり|ある)|(?:して|にして)もらえない(?:か|かな)|\p{Script=Han}{1,2}科(?:って|は|も)?(?:ある|あります)|どう\p{Script=Han}{1,4}(?:すれば|したら)|どう(?:使|払|書|出)(?:えば|けば|せば)|住所|所在地|行き方|何分(?:くらい|ぐらい|ほど)?(?:かか|で終わ)|文面|文例|ひな形|ひな型|雛形|テンプレート|書式|時給|月給|日給|賞与|ボーナス|退職金|アカウント(?:が|を)?(?:ほしい|欲しい|ください|作って)|参加(?:したい|希望|させて)(?!人|方|者)|ログイン(?:画面|ページ)|何(?:枚|回)まで|(?:入れる|使える|受けられる|借りられる|もらえる|申し込める)条件|(?:入居|利用|申込|申請)(?:の)?(?:条件|資格)|出られ(?:ます|る)|混雑|混み具合|空き状況|行くバス|バスの便|バス停|(?:キー|id|パスワード)の?発行|(?:研修|講座|説明会|セミナー|教室)(?:の|への)?(?:申し?込み?|申込)(?!数|者|状況|件)|(?:が|は)(?:まだ)?届か(?:ない|なく)|(?<!ぼっと|ボット|bot)の使い方(?:を?(?:教えて|知りたい|が(?:よく)?(?:分から|わから))|[?？。]*$)|使用(?:開始|中止)|開栓|閉栓|引っ越し|転居|無料で|無料(?:って|なの|ですか|になる|になります|[?？])|有料(?:ですか|なの|[?？])|何日(?:以内|前まで|後に|(?:くらい|ぐらい|ほど)?(?:かか|で(?:出|届|終わ|決ま)))|対象(?:の)?(?:条件|要件)|(?:支給|給付|受給)(?:の)?(?:条件|要件)|(?:[0-9]+月から|改定後|改正後|値上げ後|(?<![率額][がもは]?)上が(?:った|る)(?![^。？?]{0,8}効果))[^。？?]{0,20}いくら|いくら[^。？?]{0,12}(?:大人|子ども|こども|小人|半日|1回分|一回分)|(?:大人|子ども|こども|小人|半日|高校生|中学生|小学生|大学生|幼児|未就学児|高齢者|[0-9]+歳(?:以上|未満|以下)|個人利用|団体利用)[^。？?]{0,6}いくら|営業(?:して|する|中|日)|どこの[^。？?\s]{1,8}(?:が|は)?(?:開く|開いて|あく|開設され)|の(?:仕方|しかた)[?？。\s]*$|(?:って|は)まだ(?:あります|ある)(?:か|の|ん|[?？]|$)|(?:補助|助成|融資)金?(?:とか|か|や)(?:補助|助成|融資)金?(?:の制度)?(?:って|は|が)?(?:ある|あります)|(?:補助|助成|融資)(?:の)?制度(?:って|は|が)(?:ある|あります)|(?<!お)(?:金|料)(?:って|は|が)?かかる(?:の|ん(?:ですか|でしょうか)|[?？]|$)|払い忘れ|納め忘れ|払い遅れ|貸して(?:もらえ|いただけ|頂け|ください|下さい|ほしい|欲しい)|(?:使っ|払っ|出し|持って|行っ|休ん|入っ)ても(?:いい|良い|大丈夫|構わない)(?:です|ん|の|か|[?？]|$)|払いたい|納めたい|(?:何を|どう|どのように)(?:説明|案内|対応)(?:すれば|したら)|どこ(?:を)?(?:押せば|押す|押し|クリック)|年休|半休|半日休|もう(?:来て|届いて|きて)(?:ます|いますか|る|い(?:ます|る))|スクールバス|バス(?:は|って|が)?(?:出|走|通)(?:る|ます|てる|ています)|今(?:売りに出て|売却て|売って|募集して|空いて)|(?:美味しい|おいしい|まずい|楽しい|かわいい|可愛い)(?:の|ん|です|[?？]|$)|何(?:キロ|グラム|kg)|(?:減免|免除)(?:され|の対象にな)る(?:人|方)|(?:申請|申込|申し込み|支払|納付|提出)期限|(?:通れ|止まっ|壊れ)(?:ない|て(?:る|いる|います|ます))|入場料|入館料|観覧料|(?:が|は)(?:まだ)?届いてい?ない|(?:どこ|どの課|誰)が担当(?:して)?(?:[?？]|$|です|なの|か)|(?:認識|接続|表示|起動|反応)(?:され|し)(?:ない|ません)|(?:つながら|繋がら|映ら|聞こえ)(?:ない|ません)|(?:どんな|どの)(?:形式|ファイル形式)|なら(?:ok|オーケー|大丈夫)|試験(?:は|って)?(?:いつ|何日)|に(?:何|なに)が(?:でき|建)(?:る|ます)(?:の|ん|か|[?？]|$)|(?:教室|講座|イベント|体操|相談会|検診|健診|祭り)(?:は|を|って)?(?:今も|まだ)?やって(?:ます|います|る))/iu;

/**
 * A citizen's question passed on (「…と市民の方から」「市民の方から…と聞かれました」「住民からの問い合わせ」). A
 * citizen's 「どこで見られますか」 asks for a web page, not for the place in the plan: with one of these, the words
 * SEEN_WHERE do not put a question with a service word inside the plan.
 */
export const CITIZEN_ASKED =
  /(?:さん|の方)から(?:の)?電話(?:です|がありました|が来て)|たい(?:人|方)が(?:来て|いて|いらっしゃ)|と(?:保護者|利用者)(?:の方|さん)?から|という電話|(?:行政区長|区長|自治会長|町内会長)(?:さん)?から(?:の)?(?:連絡|電話|問い合わせ)|(?:か|って|と)聞かれ(?:ました|た)|(?:ほしい|欲しい|たい)(?:と|って|という)(?:の)?(?:問い合わせ|電話|相談|連絡)|(?:市民|住民|保護者|利用者|利用団体|来庁者|お客様|お客さん|業者|事業者|不動産屋|寄附者|寄付者)(?:の方|さん|の人)?(?:に|から|より)[^。？?]{0,60}?(?:聞かれ|質問され|尋ねられ|問い合わせ|相談され|電話)|と(?:市民|住民)(?:の方|さん|の人)?から|(?:市民|住民)(?:の方|さん|の人)?からの(?:質問|問い合わせ|相談|電話)|窓口で(?:聞かれ|質問され|尋ねられ)|苦情(?:の)?(?:電話|連絡|メール)|(?:という|って)(?:方|人|業者|事業者|市民|住民)(?:さん)?(?:がいて|が(?:い|お)(?:ます|る)|が(?:窓口に)?(?:来て|みえて|見えて|来られて|いらっしゃ)|から)|(?:って|という|との)(?:問い合わせ|電話|相談)(?:が)?(?:来て|きて|あり|入って)/;

/**
 * A citizen's own case passed on as a consultation (「…入居者さんから相談。退去になるんですか？」) or a person who wants
 * something (「…という方がいます」): without a word of the plan or a figure asked, it is the citizen's matter, whatever
 * topic it is on. Not a citizen's question merely relayed (「市民の方から聞かれたのですが、ふるさと納税どうなってる？」):
 * citizens ask how the plan is going too.
 */
export const CITIZEN_CASE =
  /(?:市民|住民|保護者|利用者|来庁者|お客様|お客さん|入居者|患者|納税者|相談者|区長|お年寄り|高齢者|ご家族|家族|業者|事業者)(?:の方|さん|様|の人)?(?:から|より)(?:の)?相談|(?:という|って)(?:方|人|業者|事業者|市民|住民)(?:さん)?(?:がいて|が(?:い|お)(?:ます|る))/;

/**
 * 「避難所の一覧、どこで見られますか」「開票速報ってどこで見られますか」「動画ってどこかで見られる？」: a list, a page or a
 * recording is sought where it is published, as what is seen on a device is (SEEN_ON_DEVICE); 「取組の一覧」 is still the plan's (PLAN_CONTEXT).
 */
export const PAGE_SOUGHT =
  /(?:一覧|速報|カレンダー|時刻表|地図|マップ|名簿|動画|映像|録画)(?:って|は|が|を)?[、,\s]*(?:どこ|何)か?(?:で|から|に)(?:見られ|見れ|確認でき)/u;

/**
 * 「防災ポータルサイトのURLってどこに載ってますか？」「QRコードの画像ください」: an address or a picture to pass on, which
 * no report of progress holds; 「載ってる」 here asks where it is published, not where in the plan.
 */
export const ADDRESS_SOUGHT =
  /(?:募集要項|応募要項|申込書|申込用紙|申し込み用紙|申請書|申請様式|料金表|パンフレット|チラシ|協定書|契約書|評価シート|交付要綱|要綱|要領|仕様書|議事録|会議録)(?:って|は|が|を)?[、,\s]*(?:どこ|教え|ください|下さい|もらえ|見たい|見せて|ほしい|欲しい)|(?:url|ユーアールエル|リンク先|qrコード|二次元コード)(?:って|は|が|を|の画像)?[、,\s]*(?:どこ|教え|ください|下さい|知りたい|(?:わかり|分かり)ます|もらえ)|(?:画像|写真|ロゴ|イラスト|qrコード)(?:の(?:データ|ファイル))?(?:を)?(?:ください|下さい|送って|もらえ(?:ます|る|ない)|欲しい|ほしい)/iu;

/**
 * 「PayPayで市県民税はらえますか？」「障がい者団体は対象になりますか？」: whether one can pay, use, receive or is
 * covered, the asker's own case. A counter's question when it names something the report never writes (see
 * Answerer.ownCase); 「…できますか」 is left out, as staff ask whether a figure can be checked (確認できますか).
 */
export const CAN_ONE =
  /(?:払え|はらえ|使え|つかえ|受けられ|借りられ|申し込め|出せ|対象にな(?:り|れ))(?:ます|る)(?:か|の|[?？]|$)|(?:出せ|払え|使え|申し込め|でき)るようにな(?:ります|りました|った|る)(?:か|の|[?？]|$)/u;

/**
 * 「スマホアプリで見られますか」「ネットで確認できますか」: seen on a device, SEEN_WHERE asks for a page or an app,
 * not for the place in the plan, as when a citizen asks (CITIZEN_ASKED).
 */
export const SEEN_ON_DEVICE =
  /(?:アプリ|スマホ|スマートフォン|携帯|ネット|インターネット|ホームページ|hp|サイト|line)(?:から|で)(?:も)?(?:見られ|見れ|確認でき)/iu;

/**
 * 「どこ」 asked on its own, with no verb of getting or going after it (「…はどこ？」「どこにありますか」「どこでしたっけ」):
 * where something is; or where it moves (「…の機能、どこに移るんでしたっけ」), which the report tells of its own
 * matters (No.14's 三本木公民館). Tested on the text from the service word on.
 */
export const WHERE_ALONE =
  /^どこ(?:に|で|へ)?(?:(?:移る|移す|移転する|移った|移転した|統合する|統合される)(?:ん|の)?)?(?:あります(?:か|かね)?|ある(?:の|んですか)?|でした(?:っけ|か)|だっけ|ですか|でしょうか|に書いて(?:あります|ある)|に書いてありました)?[?？。\s]*$/;

/**
 * PLAN_CONTEXT's words that a citizen uses of a web page as well (「どこで見られますか」「確認できますか」). Not 「どこに
 * 載ってる？」: staff relaying a citizen ask that of the plan's matters as well (「…条例改正はどこに載ってますか」).
 */
export const SEEN_WHERE = /見られ|見れ(?:る|ます)|確認でき/g;

/**
 * Words that put a question inside the plan: with one of them, 「どこで確認できますか」 asks where in the plan
 * something is, not where a counter is. Service words count only when none of these is there.
 */
export const PLAN_CONTEXT =
  /(?:作る|作成する|策定する|見直す|導入する)予定|プラン|改革|取組|取り組み|項目|実績|総評|目標|進捗|進み具合|どこまで進|(?<!空き)の状況|(?<!空き)状況[はを]|達成|載って|書かれて|書いて|書いた|報告され|報告(?:して|する|すれば|した|しま)|どこ(?:で|に)(?:報告|記載|書|扱|入っ|出て|でて|出る|でる|載|位置づけ|位置付け)|(?:取組|項目)に入っ|(?<![電会通世])話[、,\s]*(?:は|って)?どこ|件[、,\s]*(?:は|って)?どこ|どこの話|どこに決まっ|記載(?:した|して|すれば|は?どこ)|記載され|効果額|評価されて|評価は|確認でき|(?<!に)見られ(?!たり)|見れ(?:る|ます)|どの(?:取組|項目)|出て(?:くる|き(?:ます|た))|(?:って|という|といった)(?:話|記述|件)|どこで(?:やる|やって(?:る|いる)|扱う|扱って(?:る|いる))話/;

/**
 * Clauses at the start of a message that say why the asker asks (「来週の会議で使うので、」「課長に報告するため、」): one
 * or more, each ending in ので・ため・から and a comma; or a sentence of its own ending in ので・ため (「委員会で聞かれ
 * そうなので確認です。」「資料作成のため。」) with the question after it, whose words (委員会) are no topic. A
 * sentence with a space in it is not one: 「ふるさと納税の実績 資料作成のためです。」 is the question and its reason.
 * Whatever a letter says before 「つきましては、」「そこで、」 is why it asks (「…資料を作成しておりまして、…つきまして
 * は、寄附額を教えて」).
 */
export const REASON_CLAUSE =
  /^(?:(?:[^?？\n]*?(?:つきましては|そこで)[、，,]|[^、。，,!！?？\n]*?(?:ので|ため(?:に)?|から)[、，,]|[^、。，,!！?？\n]*?(?:て|で)(?:い)?るところ(?:で|なので|ですが|なんですが|なんだけど|だけど)[、，,]|[^、。，,!！?？\s]*?(?:ので|ため)(?:念のため)?(?:ご?確認|ご?質問|お聞き|お尋ね|お伺い)?(?:です|します|させてください|させて下さい|いたします|させていただきます)?[。．！!](?=\s*\S)|[^、。，,!！?？\s]*?(?<!件|こと|事|関係|関連|話|絡み|がらみ)で(?:念のため)?(?:ご?確認|ご?質問|お聞き|お尋ね|お伺い|ご?相談)(?:です|します|させてください|させて下さい|いたします|させていただきます)[。．！!](?=\s*\S)|(?:ちょっと|少し|一点|1点|ひとつ)?(?:ご?確認|ご?質問|ご?相談|お尋ね)(?:です|があります|させてください)[。．！!](?=\s*\S))\s*)+/;

/**
 * Everyday matters of a city that a report on a reform plan's progress does not cover: a hospital's waiting times,
 * vaccinations and cancer screening, a tax's revaluation, school clubs and buses, bulky waste, snow clearing and grass
 * cutting, street lights, the disaster radio, community buses, registrations, AEDs, a household's purchase subsidy,
 * election poster boards, a centre for families, community care centres, children's cafeterias, road potholes and
 * gutters, recruitment exams, the vacant-house bank, celebrations for the elderly and for coming of age, dog
 * registration; and of the city hall's own work, telework, side jobs, the My Number health card, e-books, generative
 * AI (the report's AI is AI-OCR and transcription: a question of ChatGPT gets the note, and No.12 as where the topic
 * is). General municipal vocabulary, not one plan's: a question asks of one of them only where the loaded report never
 * writes it (Answerer.matterOutsideReport checks), so a plan that reports on its bus routes answers of them.
 *
 * Left out on purpose:
 * - what names, in everyday words, a matter the report writes in its own (書かない窓口: デジタル総合窓口, コンビニ交付:
 *   証明書交付, マイナポイント: マイキーID, キャッシュレス決済: No.16's payment by app, 学童保育: No.17's 放課後児童クラブ;
 *   see everyday-paraphrases.ts);
 * - what a plan's own items or tables may be asked of in other words: 健診 and 人間ドック (a hospital's 健康管理センター),
 *   医療費 (a hospital's costs), 住民税 (one of the 市税 No.16 collects), a child's medical allowance or 児童手当 (No.17's
 *   児童福祉扶助費返還金), a disaster drill or an early vote (No.9's disaster information and election results).
 */
export const OUTSIDE_MATTER =
  /待ち時間|待ち人数|診療時間|休診日?|予防接種|ワクチン|がん検診|救急車|献血|介護保険料|障害者手帳|民生委員|評価替え?|部活動?|通学路|スクールバス|粗大ごみ|ごみ袋|除雪|草刈り?|街灯|防犯灯|防災無線|ハザードマップ|市民バス|路線バス|デマンドタクシー|婚姻届|出生届|パスポート|給付金|aed|生ごみ処理機|こども家庭センター|ポスター掲示場|生成ai|chatgpt|地域包括支援センター|子ども食堂|母子手帳|収集日|資源回収|穴ぼこ|側溝|カーブミラー|コミュニティバス|gigaスクール|花火大会|採用試験|空き家バンク|敬老|成人式|狂犬病|犬の登録|熱中症|テレワーク|副業|マイナ保険証|電子書籍|おくやみ窓口|婚活/gu;

/**
 * A wish said before the question (「広報紙の記事で使いたいのですが、」「…を知りたいんですけど、」): why it is asked, or
 * its topic (「使用料のことで確認したいんですが、どの項目？」). Dropped only to try the rest first (Answerer.byClauses),
 * never from the question's surroundings (withoutSurroundings), which would lose the topic.
 */
export const WISH_CLAUSE = /^[^、。，,!！?？\n]*?(?:たい|ほしい)(?:のです|んです|んだ)(?:が|けど)[、，,]\s*/u;

/**
 * A last sentence that says what the answer is for or how soon it is needed (「…。資料作成のためです」「…　総務委員会で聞かれそう」「…　会議で
 * 使います」「急ぎではないです」「…。委員会で質問が出そうなので。」「…？総務常任委員会で聞かれそうで」「…。推進本部の資料用です」「…？区長さんに説明
 * しなきゃいけなくて」「…？農林の補助金も関係あるのかなと思って」), after a space or a full stop.
 */
export const TRAILING_REASON =
  /(?:[\s。！？!?]+)(?:(?:[^\s。！？!?をの]{0,10}として)?(?:把握|共有)(?:し|して)?(?:とき|ておき|とく|ておく)?たい(?:です|ので)?|[^\s。！？!?]*(?:ためです|ためなので|ためです|(?:ので|から)(?:です)?|(?:なきゃ|なくちゃ|ないと|なければ)(?:いけ|なら)(?:なくて|ないので|ないんです|ないから)|必要が(?:あって|あるので|ありまして)|(?:に|で)使います|(?:に|で)使いたいです|(?:に|で)使う予定です|参考にしたいです|たくて|(?:か(?:な|なぁ)?|よう|おう)?と思(?:って|いまして)|(?:資料|報告|説明)?用(?:です|なので)|急ぎ(?:です|ではないです|ではありません|じゃないです|ません)|(?:で|に)聞かれ(?:そう|る(?:かも)?|ました|た)(?:なので|ので|です|で|だから)?))(?:[。！!]|\p{Extended_Pictographic}|\u{FE0F})*$/u;

/**
 * 「〇〇に関係する記載がある項目」「〇〇が出てくる取組」「〇〇が関係してくる項目」「〇〇に触れている項目」「〇〇って名前の
 * つく取組」「〇〇という言葉が出てくる項目」「〇〇関係のことってこのプランに何か入ってますか」「選挙関係のやつ」「保育関係で
 * 出てくる取組」: which items
 * mention a term. This is the part after the term; the term is what precedes it (answer.ts finds where it starts).
 */
export const MENTIONING =
  /(?:って|は)(?:どの|どこの)(?:取組|項目|取り組み)に(?:出て(?:くる|きます|いる|きている)|載って(?:いる|る|います))|(?:を|が)(?:目的|目標|(?:成果|評価|効果の)?指標)(?:に|と)(?:掲げ|し)(?:ている|てる|た)?(?:項目|取組|取り組み)|(?:に|が)?(?:関係|関連|かんけい|かんれん|言及|触れ|関わ(?=る|り|って))(?:する|した|して(?:いる|る|くる)|している|ている|てる|の|る|り|って(?:いる|る)|(?:が|の)?ある)?(?:記載|記述)?(?:が(?:ある|あります))?(?:項目|取組|取り組み|とこ(?:ろ)?(?=[はを]|って|[^ぁ-ゖ]|$))|(?:の名前)?(?:が|の)(?:出て(?:くる|きます|いる)|載って(?:いる|る))(?:の(?:は|って)|項目|取組)|(?<=のこと)(?:が|の|を)?(?:書かれて(?:いる|る)|書いて(?:ある|いる|る))(?:の(?:は|って)|項目|取組)|(?:って|という)(?:名前|言葉|語|単語)?(?:の|が)?(?:つく|付く|入(?:る|って(?:いる|る)))(?:項目|取組|取り組み)|(?<=」)(?:って|という)(?:つく|付く)(?=[^。？?]{0,15}(?:どれ|どの|何番))|(?:って|という)(?:名前|言葉|語|単語)?(?:の|が)?(?:つい|付い)(?:て(?:いる|る)|た(?=項目|取組|取り組み))|(?:って|という|っていう)(?:言葉|語|単語)(?:が|の)(?:出て(?:くる|きます|いる)|使われ(?:ている|てる))(?:項目|取組|取り組み)|(?<=(?:関係|関連|絡み|がらみ)(?:の(?:こと|話|もの))?)(?:って|は|が)(?:この)?(?:改革)?(?:プラン|計画)(?:に|の中に|で)(?:は)?(?:何か|なにか)?(?:入って|含まれて|載って|出て(?:き)?)(?:い)?(?:ます|る)|(?<=(?:関係|関連|絡み|がらみ))(?:の(?:やつ|もの)(?=[?？。！!\s]*$)|で(?:何か|なにか)?(?:載って|出て)(?:る|いる|くる|きます)?(?:項目|取組|取り組み))/;

/**
 * 「〇〇が影響したって書いてある項目」「〇〇になった影響について書いてある項目」「〇〇と関係して書かれてる取組」
 * 「〇〇に移ったことが総評で触れられてる取組」: which items the report says something about 〇〇 in.
 */
export const WRITTEN_ABOUT =
  /(?:って|と|ことが)(?:書いて(?:ある|いる|る)|書かれて(?:いる|る)|記載(?:が)?(?:ある|されている))(?:項目|取組|取り組み)|(?:が|の)?影響(?:して(?:いる|る)|した|(?:が|について|に(?:ついて)?の)(?:(?:総評|報告書)(?:で|に|では))?(?:書いて(?:ある|いる|る)|書かれて(?:いる|る)|出て(?:いる|る)|触れ(?:られ)?て(?:いる|る)|言及(?:され)?て(?:いる|る)))(?:項目|取組|取り組み)|(?:と|に)関係して(?:書いて(?:ある|いる|る)|書かれて(?:いる|る))(?:項目|取組|取り組み)|こと(?:が|に|を|について)(?:総評|報告書)?(?:で|に|では)?(?:触れ(?:られ)?て(?:いる|る)|言及(?:され)?て(?:いる|る))(?:項目|取組|取り組み)/;

/**
 * Words that ask for every one of several items (「それぞれ」「どれとどれ」「両方」「全部挙げて」「まとめて知りたい」). Not
 * 「簡単にまとめてもらえますか」: that asks for a summary; nor 「印刷と発送をまとめて外部に委託する」「債権をまとめて催告」:
 * there they are done together.
 */
export const EACH_OF =
  /それぞれ|どれとどれ|両方|どちらも|どっちも|(?:2|二)つとも|(?:全部|すべて|全て)(?:挙げ|拾|並べ)|並べて|(?<!簡単に|短く|手短に|ざっと|一言で|要点を)まとめて(?=$|[\s、。，,？?！!]|知り|見|教え|おしえ|説明|くだ|下さ|ほし|欲し|出し|表示|挙げ|並べ)/;

/** Where a long message divides into clauses: punctuation, and 「…ので、」「…けど」 style connectives. */
export const CLAUSE_BREAK = /[、。，,!！?？\n]+|(?:のですが|んですが|んだけど|ですが|けど|ので)(?=.)/;

/**
 * Everyday words for what a report writes in the administration's own words (外注 for
 * アウトソーシング, 払っていない for 滞納). Not any plan's vocabulary: general Japanese. Each applies only to a plan
 * whose report writes the report word and never the everyday one (Answerer checks), so a plan that says 外部委託
 * itself keeps it. Longest forms first where one holds another.
 */
export const EVERYDAY_WORDS: ReadonlyArray<{ everyday: readonly string[]; report: string }> = [
  {
    everyday: ["外部に委託", "外部委託", "民間委託", "業者に委託", "外注", "外部に出す", "外に出す"],
    report: "アウトソーシング",
  },
  { everyday: ["ウェブ会議", "オンライン会議", "リモート会議", "zoom会議"], report: "Web会議" },
  {
    everyday: ["水道と下水道", "上水道と下水道", "水道・下水道", "水道や下水道", "上水と下水", "上水・下水"],
    report: "上下水道",
  },
  { everyday: ["市民の声", "住民の声", "市民の意見", "住民の意見"], report: "市民ニーズ" },
  { everyday: ["仕事に反映", "仕事に活か", "仕事にいか", "仕事に生か"], report: "業務への反映" },
  { everyday: ["新人研修", "新人職員研修", "新入職員研修"], report: "新規採用職員研修" },
  { everyday: ["まち協"], report: "まちづくり協議会" },
  { everyday: ["ネットで予約", "ネット予約", "ネットから予約"], report: "オンライン予約" },
  {
    everyday: ["払っていない", "払ってない", "払わない", "納めていない", "納めてない", "納めない", "未払い"],
    report: "滞納",
  },
  { everyday: ["文字を読み取", "文字読み取り", "文字認識"], report: "OCR" },
  { everyday: ["紙を減らす", "紙を使わない", "紙をなくす", "紙の削減"], report: "ペーパーレス" },
  {
    everyday: [
      "使っていない土地",
      "使われていない土地",
      "使っていない市有地",
      "使われていない市有地",
      "空いている土地",
      "使っていない市の土地",
    ],
    report: "遊休資産",
  },
  // Session 7, from questions of the evaluation sets: the order staff say it in (決済アプリ), and lead pipes by
  // what they are (鉛の水道管).
  { everyday: ["決済アプリ", "支払いアプリ", "スマホ決済アプリ"], report: "アプリ決済" },
  { everyday: ["鉛の水道管", "鉛の給水管", "鉛の管"], report: "鉛製給水管" },
];

/** A question that asks which items are about something (「…を進める取組はどれ？」「…についての取組」), not for results. */
export const WHICH_ITEMS =
  /どれ|どの(?:取組|取り組み|項目)|(?:取組|取り組み|項目)(?:は|って|を)?(?:ある|あります|教え|[?？]|$)|についての(?:取組|取り組み|項目)/;

/** 「デジタル関係で」「滞納関係の２項目は」「施設系の取組で」: the field a status question is narrowed to. */
export const STATUS_FIELD = /([^\s、。，,？?！!「」（）()]{2,12}?)(?:関係|関連|系|分野|絡み)(?:で|の|は|に)/u;
/** The words of STATUS_EXCLUDING, looked for before it: a plain search is cheap, its lazy lead is not. */
export const EXCLUSION_WORD = /以外|除い|除く|別にして/;
/** 「ふるさと納税と遊休資産以外で」「No.18を除いて」: the items a status question leaves out. */
export const STATUS_EXCLUDING =
  /([^\s。？?！!]{2,40}?)(?:以外で|以外の|以外に|以外は|を除いて|を除く|は除いて|を別にして)/u;
/** 「ふるさと納税以外の項目」「No.18以外」: the names left out, and nothing asked but the rest of the items. */
export const ONLY_EXCLUDING =
  /^\s*([^\s。？?！!]{2,40}?)(?:以外|を除いて|を除く|は除いて)(?:の|で|は)?(?:項目|取組|取り組み|もの|やつ)?(?:は|を|って)?(?:全部|すべて|全て|一覧|教えて|見せて|ある|あります|ください|下さい|どれ|何|なに|[\s、。？?！!])*$/u;
/** What joins the names left out: と and や between two names (not inside ふるさと), commas, 及び. */
export const EXCLUDED_JOINED =
  /とか|(?<=[^\p{Script=Hiragana}\s、。])[とや](?=[^\p{Script=Hiragana}\s、。])|[、，,・]|および|及び/u;

/**
 * A quotation long enough to be a question of its own that ends the message, and words before it that say it is
 * relayed. Not a citizen's words quoted before the asker's own question (「市民の方から「…」と聞かれました。…」).
 */
export const RELAYED_QUESTION = /「([^「」]{12,})」[\s。．.]*$/;
export const RELAYED_BY = /質問|問い合わせ|転記|以下の|下記の|次の|とのこと|聞かれ|照会/;

/** Question words typed in kana (as romaji gives them, and voice input): 「なんけん」 is 何件, 「けんすう」 件数. */
const KANA_QUESTION_WORDS: Readonly<Record<string, string>> = {
  なんけん: "何件",
  なんにん: "何人",
  なんめい: "何名",
  なんぱーせんと: "何%",
  なんパーセント: "何%",
  なんしせつ: "何施設",
  なんだんたい: "何団体",
  けんすう: "件数",
  にんずう: "人数",
  じっせき: "実績",
  もくひょう: "目標",
  しんちょく: "進捗",
};
const KANA_QUESTION_WORD = new RegExp(Object.keys(KANA_QUESTION_WORDS).join("|"), "g");

/** 「なん施設」「なん件」: 何 typed in kana before a counter written in kanji. */
const KANA_NAN =
  /なん(?=\s*(?:件|人|名|%|施設|団体|回|か所|カ所|ヶ所|箇所|割|社|校|時間|本|台|部|課|種類|手続|円|千円|万円|億|ha))/g;

/**
 * Forms of the local speech (仙台弁・大崎の言葉) that staff type as a citizen said them at the counter, in standard
 * Japanese: 「作りてぇ」 作りたい, 「どこさ行けば」「大崎市さ寄附」 に, 「直してけねべか」 直してくれないか, 「なにあんの」
 * 何があるの, 「おらほの」 うちの, 「やってんの」 やってるの. Only forms that standard Japanese never writes.
 */
const DIALECT: ReadonlyArray<[RegExp, string]> = [
  [/(?<=[\p{Script=Han}\p{Script=Hiragana}])てぇ(?=ん|の|な|よ|し|[、。,.!！?？\s]|$)/gu, "たい"],
  [
    /(?<=[\p{Script=Han}\p{Script=Katakana}ー]{2}|どこ)さ(?=行|い[くけっ]|来|入|寄[附付]|申|出|持|送|聞)/gu,
    "に",
  ],
  [/(?<=て)(?:けねべか|けねが|けねか|けろ|けさい)/gu, "くれないか"],
  [/なにあんの|何あんの/gu, "何があるの"],
  [/(?<=[てで])んの(?=[?？。\s]|$)/gu, "るの"],
  [/おらほの/gu, "うちの"],
];

/** The question in standard Japanese where it was typed in the local speech (see DIALECT). */
export function dialectAsStandard(text: string): string {
  // Most questions hold none of these forms (さ alone is in every ください): a cheap test first.
  if (!/てぇ|[\p{Script=Han}\p{Script=Katakana}ーこ]さ|てけ|あんの|[てで]んの|おらほ/u.test(text))
    return text;
  return DIALECT.reduce((t, [pattern, standard]) => t.replace(pattern, standard), text);
}

/** The question with its question words in kanji (see KANA_QUESTION_WORDS and KANA_NAN). */
export function kanaQuestionWords(text: string): string {
  return text.replace(KANA_QUESTION_WORD, (w) => KANA_QUESTION_WORDS[w] ?? w).replace(KANA_NAN, "何");
}

/**
 * A rumour or a piece of news asked about (「…って噂を聞いたんですが本当ですか」「…って話どうなった？」, and 「…って本当」
 * 「…けど本当」 ending a message without its question mark): the plan answers it only when the report writes what it is
 * about (see Answerer.rumourOutsideReport). Also what was heard followed by who or where does it (「…してる課がある
 * って聞いたんですが、どこの課ですか」).
 */
export const RUMOUR =
  /噂|うわさ|(?:って|と)(?:いう)?(?:話を)?(?:聞い|きい)(?:た|て)[^。？?]{0,15}(?:本当|ほんと|まじ|マジ)|(?:って|と)(?:聞き|きき)ました[。、,\s]*(?:本当|ほんとう?)(?:ですか|なの|か)[?？。]?\s*$|(?:本当|ほんとう?)(?:ですか|なの|に)?[?？]|(?:本当|ほんとう?)(?:ですか|なの)(?=[」』]|\s*$)|(?<=って|と|[、,]|けど|が)\s*(?:本当|ほんとう?)[。.\s]*$|(?:って|と)(?:聞い|きい)た(?:んだ|んです)?(?:けど|が)[…。.\s]*$|(?:ニュース|新聞|テレビ)で(?:見|読|やって|出て)[^。？?]{0,8}(?:本当|ほんと)|(?<=って|と)(?:ニュース|新聞|テレビ|sns|ネット|ツイッター|インスタ)で(?:見た|見ました|読んだ|読みました|知った|知りました)(?:(?:んですが|のですが|んだけど|けど)(?=[、,\s]|$)|[。？?！!]*$)|って話[、,\s]*(?:は|って)?(?:どうなった|どうなりました|本当|ほんと)|って話[、,\s]*(?:は|って)?(?:(?:改革)?(?:プラン|計画))?\s*(?:に|で)(?:は)?(?:入って|出て|載って|書いて)|って話(?:が|も)?(?:ある|あります|聞い)(?:けど|んですが|のですが|んだけど)|って話(?:が|も)?(?:ある|あります)(?:って|と)|って話(?:が|も|って)?(?:ある|あり)(?:んですか|んでしょうか|ますか|の)|もう決ま(?:りました|った)|らしい(?:が|けど|んですが|のですが|んだけど)?[、,\s]*(?:本当|ほんと)|(?:本当|ほんとう?)か(?:どうか)?(?:確認したい|知りたい|教えて|聞きたい|[?？。]|$)|(?:って|と)(?:聞い|きい)た(?:んだ|んです|のです)?(?:けど|が)[、,\s]*(?:どこ|どちら|だれ|誰)(?:の|が|で)?[^。？?]{0,8}(?:[?？。]|\s*$)/;
