/**
 * Everyday phrases staff type for words the report writes (外部委託 for アウトソーシング is in EVERYDAY_WORDS in
 * patterns.ts; these are the rest). Written from the report alone by someone who had not seen the matcher or any
 * question set: each `report` word is in the report and no `everyday` phrase is. Like EVERYDAY_WORDS, a pair is
 * applied only where the loaded report writes the report's word and not the everyday one, longest phrase first
 * (see Answerer.inReportWords). General Japanese, not one item's vocabulary: an item's own names go in its aliases.
 */
export const EVERYDAY_PARAPHRASES: ReadonlyArray<{ everyday: readonly string[]; report: string }> = [
  // 行革 is the standard abbreviation of 行政改革.
  { report: "行政改革", everyday: ["行革"] },
  // Staff call the reform plan itself 行革プラン / 行政改革プラン.
  { report: "集中改革プラン", everyday: ["行革プラン", "行政改革プラン"] },
  // 経費削減/費用削減 are the common forms of 経費節減.
  { report: "経費節減", everyday: ["経費削減", "経費の削減", "経費を削る", "費用削減"] },
  // Kanji spellings of まちづくり that staff type.
  { report: "まちづくり", everyday: ["街づくり", "町づくり", "まち作り", "街作り"] },
  // Staff say ファシリテーター/進行役 for the facilitation skill trained in item 1.
  { report: "ファシリテーション", everyday: ["ファシリテーター", "会議の進行役", "司会進行"] },
  // 市民参加 in the sense of taking part in まちづくり = 参画.
  { report: "参画", everyday: ["市民参加", "住民参加", "住民参画"] },
  // Finding community leaders/担い手 = 人材発掘.
  { report: "人材発掘", everyday: ["人材探し", "担い手探し", "担い手の発掘"] },
  // Common names for a citizens' activity support centre.
  {
    report: "市民活動サポートセンター",
    everyday: ["NPOセンター", "市民活動センター", "市民活動支援センター"],
  },
  // 行政評価/事業点検 are the usual names of 事務事業評価.
  { report: "事務事業評価", everyday: ["事業の評価", "事業の点検", "事業点検", "行政評価"] },
  // Spelled-out forms of 統廃合.
  { report: "統廃合", everyday: ["統合や廃止", "廃止や統合", "整理統合", "統合廃止", "廃止統合"] },
  // Setting an end date on a project/subsidy = 終期設定 (サンセット方式).
  {
    report: "終期設定",
    everyday: ["終期を決める", "期限を決める", "期限を設ける", "終了時期", "事業の期限", "サンセット方式"],
  },
  // Cutting existing projects = スクラップ.
  {
    report: "スクラップ",
    everyday: [
      "事業をやめる",
      "事業の打ち切り",
      "事業の取りやめ",
      "スクラップアンドビルド",
      "スクラップ・アンド・ビルド",
    ],
  },
  // The report spells out Plan/Do/Check/Action but never writes PDCA.
  { report: "事務事業実施サイクル", everyday: ["PDCA", "PDCAサイクル"] },
  // 予算を組む = 予算編成.
  { report: "予算編成", everyday: ["予算を組む", "予算づくり", "予算作成", "予算の編成"] },
  // Contracting work out = アウトソーシング (業務委託 itself is in the report, item 21, so not used).
  { report: "アウトソーシング", everyday: ["外注", "外部委託", "民間委託", "外部に委託", "民間に委託"] },
  // Having a private body run a public facility = 指定管理者 (制度).
  { report: "指定管理者", everyday: ["管理を民間に任せる", "施設の管理委託", "管理代行", "指定管理制度"] },
  // Agreements with companies such as NTT東日本 = 包括連携協定.
  { report: "包括連携協定", everyday: ["企業と協定", "企業との協定", "連携協定を結ぶ", "パートナー協定"] },
  // Proposals from the private sector = 民間提案.
  { report: "民間提案", everyday: ["民間からの提案", "企業からの提案", "事業者からの提案", "企業の提案"] },
  // Dialogue-based market sounding = サウンディング型市場調査.
  {
    report: "サウンディング型市場調査",
    everyday: ["サウンディング調査", "民間への意向調査", "民間の意見を聞く", "事業者ヒアリング"],
  },
  // Selecting a partner by proposal competition = 公募型プロポーザル.
  { report: "公募型プロポーザル", everyday: ["企画提案", "プロポーザル方式", "コンペ方式", "企画コンペ"] },
  // A closed school building = 廃校.
  { report: "廃校", everyday: ["閉校", "使われなくなった学校", "空き校舎", "学校の跡地"] },
  // Unused room in a government building = 空いているスペース/空きスペース.
  { report: "空いているスペース", everyday: ["空き部屋", "空き室", "使っていない部屋", "余っている部屋"] },
  // The city's newsletter; staff call it 市報/広報誌.
  { report: "広報おおさき", everyday: ["市報", "広報誌", "広報紙", "市の広報"] },
  // 助成金 is the everyday synonym of 補助金.
  { report: "補助金", everyday: ["助成金", "補助制度"] },
  // The body that reviews subsidies = 補助金等審査会.
  { report: "補助金等審査会", everyday: ["補助金の審査会", "補助金の審査", "補助金審査", "補助金の査定"] },
  // Users paying for what they use = 受益者負担.
  { report: "受益者負担", everyday: ["利用者負担", "使う人が払う", "利用者が負担", "使った人が負担"] },
  // Facility fees are called 利用料 in speech; the report writes 使用料.
  { report: "使用料", everyday: ["利用料", "利用料金", "使用料金", "施設利用料"] },
  // Raising/revising facility fees = 使用料改定..
  // 「使用料が変わった」「使用料が上がった」: the revision told as what happened to the fee (sessions 13 and 21).
  // 「…上がったそうですが、いくらになったんですか」 still asks a household's new fee (SERVICE_INTENT decides it).
  {
    report: "使用料改定",
    everyday: [
      "料金改定",
      "料金の値上げ",
      "使用料の値上げ",
      "利用料の値上げ",
      "使用料が変わった",
      "使用料が変わる",
      "使用料が上がった",
    ],
  },
  // Reducing or waiving a fee = 減免.
  { report: "減免", everyday: ["免除", "減額免除", "料金の割引", "使用料の割引"] },
  // パブコメ is the usual abbreviation.
  { report: "パブリックコメント", everyday: ["パブコメ", "意見公募", "意見募集手続"] },
  // What residents want = 市民ニーズ.
  {
    report: "市民ニーズ",
    everyday: ["市民の声", "住民の声", "市民の要望", "住民の要望", "住民ニーズ", "市民の意見", "市民要望"],
  },
  // The city-wide resident survey = 市民意識調査.
  { report: "市民意識調査", everyday: ["市民アンケート", "住民アンケート", "市民意向調査", "住民意識調査"] },
  // Resident satisfaction = 市民満足度.
  {
    report: "市民満足度",
    everyday: ["市民の満足度", "住民満足度", "住民の満足度", "満足してる人", "満足している人"],
  },
  // Town-hall style meetings = タウンミーティング.
  { report: "タウンミーティング", everyday: ["対話集会", "住民集会", "市民との対話集会"] },
  // The mayor's outreach meeting = 移動市長室.
  { report: "移動市長室", everyday: ["市長との懇談", "市長と語る会", "市長と話す会", "出前市長室"] },
  // The city website; staff say ホームページ/HP.
  {
    report: "市公式ウェブサイト",
    everyday: [
      "ホームページ",
      "市のホームページ",
      "市のHP",
      "市HP",
      "公式サイト",
      "市のサイト",
      "ウェブページ",
    ],
  },
  // Leaving staff on leave out of the headcount = 定数外 (No.7's 職員定数条例 revision); read before 外に出す
  // (= アウトソーシング) since the longer phrase goes first.
  { report: "定数外", everyday: ["定数の外に出す", "定数から外す", "定数の外にする"] },
  // Managing headcount = 定員管理.
  {
    report: "定員管理",
    everyday: ["職員数の管理", "人員管理", "職員数を管理", "職員の数を管理", "職員の数の管理"],
  },
  // Raising the retirement age = 定年延長.
  {
    report: "定年延長",
    everyday: ["定年の引き上げ", "定年引き上げ", "定年引上げ", "65歳定年", "定年を延ばす"],
  },
  // Re-employment after retirement is 再任用 for public servants.
  { report: "再任用", everyday: ["再雇用", "定年後の雇用", "退職後の再雇用"] },
  // Part-time/temporary municipal staff are now 会計年度任用職員.
  {
    report: "会計年度任用職員",
    everyday: ["臨時職員", "非常勤職員", "パート職員", "嘱託職員", "臨時の職員", "非正規職員"],
  },
  // Older staff whose know-how is passed on = 高齢層職員.
  { report: "高齢層職員", everyday: ["ベテラン職員", "年配の職員", "シニア職員", "高齢の職員"] },
  // The city writes 人財 for 人材; staff type 人材育成.
  { report: "人財育成", everyday: ["人材育成", "職員育成", "職員の育成", "職員を育てる"] },
  // New hires = 新規採用職員.
  { report: "新規採用職員", everyday: ["新人職員", "新入職員", "新採用職員", "新規採用者", "1年目の職員"] },
  // Induction training = 新規採用職員研修.
  { report: "新規採用職員研修", everyday: ["新人研修", "新採研修", "新任研修"] },
  // On-the-job training = 職場内研修（OJT）.
  { report: "職場内研修", everyday: ["職場研修", "オンザジョブ", "現場での研修"] },
  // Training at outside institutes = 派遣研修.
  { report: "派遣研修", everyday: ["外部研修", "研修所での研修", "庁外研修"] },
  // The staff engagement survey = 職員意識調査.
  { report: "職員意識調査", everyday: ["職員アンケート", "職員満足度調査", "職員満足度"] },
  // Harassment training is listed as ハラスメント研修.
  { report: "ハラスメント", everyday: ["パワハラ", "セクハラ", "嫌がらせ", "いやがらせ"] },
  // Mental health seminar = メンタルヘルスセミナー.
  { report: "メンタルヘルス", everyday: ["心の健康", "メンタルケア", "心のケア"] },
  // Customer-service manners for staff = 接遇.
  { report: "接遇", everyday: ["接客", "応対マナー"] },
  // Staff motivation = モチベーション.
  { report: "モチベーション", everyday: ["やる気", "働きがい", "士気"] },
  // Workplace culture score in the staff survey = 組織風土.
  { report: "組織風土", everyday: ["職場の雰囲気", "職場風土", "組織文化"] },
  // Online training = オンライン研修.
  { report: "オンライン研修", everyday: ["eラーニング", "リモート研修", "ウェブ研修", "Web研修"] },
  // 使い道 / 使い方を考える are the everyday words for 利活用 of a building or land.
  { report: "利活用", everyday: ["使い道", "跡地利用", "跡地の使い方"] },
  // Going digital = デジタル技術の活用 (item 9 title).
  { report: "デジタル技術", everyday: ["デジタル化", "IT化", "IT活用", "ICT化"] },
  // The city's integrated disaster-information system.
  { report: "総合防災情報システム", everyday: ["防災システム", "災害情報システム", "防災情報の一元化"] },
  // The disaster-information portal.
  { report: "防災ポータルサイト", everyday: ["防災サイト", "防災ホームページ", "防災のホームページ"] },
  // Booking facilities online = オンライン予約.
  {
    report: "オンライン予約",
    everyday: ["ネット予約", "ネットで予約", "インターネット予約", "Web予約", "ウェブ予約", "スマホで予約"],
  },
  // Election count notifications = 投開票状況.
  { report: "投開票状況", everyday: ["開票速報", "選挙速報", "開票結果"] },
  // マイナカード/個人番号カード are other names of the card.
  { report: "マイナンバーカード", everyday: ["マイナカード", "個人番号カード"] },
  // Applying online = 電子申請 (オンライン申請 is also written in the report, so not used).
  {
    report: "電子申請",
    everyday: [
      "ネット申請",
      "ネットで申請",
      "インターネット申請",
      "Web申請",
      "ウェブ申請",
      "スマホで申請",
      "電子手続",
    ],
  },
  // The form-free digital counter = デジタル総合窓口.
  { report: "デジタル総合窓口", everyday: ["書かない窓口", "行かない窓口"] },
  // Issuing certificates = 証明書交付.
  { report: "証明書交付", everyday: ["証明書の発行", "証明書発行", "住民票の発行", "コンビニ交付"] },
  // Publishing the city's data = オープンデータ.
  { report: "オープンデータ", everyday: ["データ公開", "データの公開", "データを公開", "公開されたデータ"] },
  // Automating routine PC work = RPA.
  {
    report: "RPA",
    everyday: [
      "業務の自動化",
      "作業の自動化",
      "事務の自動化",
      "ロボットによる自動化",
      "自動化ツール",
      "ロボットで事務",
      "ロボットで業務",
      "ロボットで効率化",
      "ロボットで自動化",
      "事務ロボット",
    ],
  },
  // 人工知能 = AI; 生成AI/ChatGPT questions belong to the AI item (no other AI item exists).
  { report: "AI", everyday: ["人工知能", "生成AI", "チャットGPT", "ChatGPT"] },
  // Reading paper forms into data = AI-OCR.
  {
    report: "AI-OCR",
    everyday: ["文字認識", "手書き文字の読み取り", "OCR化", "紙の読み取り", "帳票の読み取り"],
  },
  // AI transcription tool for minutes = AI 文字起こしツール.
  {
    report: "文字起こし",
    everyday: ["議事録作成", "議事録の作成", "議事録の自動作成", "テープ起こし", "音声のテキスト化"],
  },
  // kintone in katakana; no-/low-code tools refer to kintone here (ノーコード/ローコード unsure).
  { report: "kintone", everyday: ["キントーン", "ノーコード", "ローコード"] },
  // Trial introduction = 試験導入.
  {
    report: "試験導入",
    everyday: ["試行導入", "試験的に導入", "テスト導入", "お試し導入", "トライアル導入"],
  },
  // Inventorying work processes = 業務プロセスの棚卸し.
  {
    report: "業務プロセスの棚卸し",
    everyday: ["業務の洗い出し", "仕事の洗い出し", "業務の見える化", "業務の可視化", "業務分析"],
  },
  // Making work more efficient = 業務の効率化.
  { report: "業務の効率化", everyday: ["業務改善", "仕事の効率化", "省力化"] },
  // The internal groupware system = 内部情報系システム (グループウェア is also written; the ウエア spelling too).
  { report: "内部情報系システム", everyday: ["庁内システム", "内部システム"] },
  // Reducing paper = ペーパーレス.
  {
    report: "ペーパーレス",
    everyday: ["紙を減らす", "紙の削減", "紙を使わない", "脱紙", "紙を削減", "紙の使用削減", "紙の使用量"],
  },
  // Paperless meetings.
  { report: "ペーパーレス会議", everyday: ["タブレット会議", "紙を使わない会議", "紙のない会議"] },
  // Video/online meetings = Web会議.
  {
    report: "Web会議",
    everyday: ["オンライン会議", "リモート会議", "テレビ会議", "ビデオ会議", "ウェブ会議", "Zoom会議"],
  },
  // Digitised documents = 電子文書.
  { report: "電子文書", everyday: ["文書の電子化", "電子ファイル", "PDF化", "文書のデジタル化"] },
  // Staff computers = 業務用ＰＣ / 内部情報系パソコン.
  {
    report: "業務用PC",
    everyday: ["職員のパソコン", "職員用パソコン", "業務用パソコン", "仕事用パソコン", "庁内パソコン"],
  },
  // Reducing the stock of public buildings = 施設総量の適正化/縮減.
  {
    report: "施設総量",
    everyday: [
      "施設数の削減",
      "施設を減らす",
      "施設の数を減らす",
      "施設数を減らす",
      "施設の数の削減",
      "公共施設の削減",
      "ハコモノ",
      "箱物",
      "施設の削減",
    ],
  },
  // Spelling variants of 延床面積.
  { report: "延床面積", everyday: ["延べ床面積", "延べ面積", "総床面積"] },
  // The city's master plan for public buildings.
  {
    report: "公共施設等総合管理計画",
    everyday: ["公共施設マネジメント", "施設の管理計画", "ファシリティマネジメント"],
  },
  // A combined elementary/junior-high school = 義務教育学校.
  { report: "義務教育学校", everyday: ["小中一貫校", "小中一貫教育校"] },
  // Merging schools = 学校の統合.
  { report: "学校の統合", everyday: ["学校再編", "学校統合", "学校の統廃合", "学校の合併", "統合校"] },
  // Neighbourhood meeting halls = 集会施設.
  { report: "集会施設", everyday: ["集会所", "集会場", "地区集会所", "地区会館"] },
  // Handing a facility over to the community free of charge = 譲与.
  {
    report: "譲与",
    everyday: [
      "無償譲渡",
      "無償で譲る",
      "タダで譲る",
      "地元に譲る",
      "地域に譲る",
      "地域に移管",
      "地域に渡す",
      "地元に渡す",
    ],
  },
  // Unpaid taxes/fees = 滞納.
  {
    report: "滞納",
    everyday: ["払っていない", "払わない", "未払い", "延滞", "支払いが遅れ", "納めていない"],
  },
  // Demanding payment = 催告 (督促 in everyday speech).
  { report: "催告", everyday: ["督促", "督促状", "支払いを促す", "取り立て"] },
  // Spelling variants of 差押.
  { report: "差押", everyday: ["差し押さえ", "差し押え"] },
  // Collection rate = 収納率.
  { report: "収納率", everyday: ["徴収率", "納付率", "納税率"] },
  // Direct debit = 口座振替.
  { report: "口座振替", everyday: ["口座引き落とし", "引き落とし", "自動引き落とし", "口座引落"] },
  // Paying at convenience stores = コンビニ収納.
  {
    report: "コンビニ収納",
    everyday: ["コンビニ払い", "コンビニで払う", "コンビニ納付", "コンビニ支払い", "コンビニで納付"],
  },
  // Paying tax with a phone app = アプリ決済.
  {
    report: "アプリ決済",
    everyday: [
      "スマホ決済",
      "キャッシュレス決済",
      "QR決済",
      "PayPay",
      "ペイペイ",
      "スマホで納付",
      "スマホで払",
      "アプリで払",
      "アプリで納付",
      "スマホのアプリで",
    ],
  },
  // eLTAX in katakana / its official description.
  { report: "eLTAX", everyday: ["エルタックス", "地方税共通納税", "地方税ポータル"] },
  // People who have not paid = 未納者 (No.17's word). Not 滞納者: the report's word for them is its 滞納 (No.16's
  // 市税の滞納, No.17's 滞納額), which the question keeps when 者 is left off.
  { report: "未納者", everyday: ["未払いの人"] },
  // Rent for municipal housing = 市営住宅使用料.
  { report: "市営住宅使用料", everyday: ["市営住宅の家賃", "市営住宅家賃", "公営住宅の家賃", "住宅家賃"] },
  // After-school care = 放課後児童クラブ.
  { report: "放課後児童クラブ", everyday: ["学童保育", "学童クラブ", "放課後クラブ"] },
  // Scholarship loans = 奨学資金貸与金.
  { report: "奨学資金", everyday: ["奨学金"] },
  // Gifts for furusato donations = 返礼品.
  { report: "返礼品", everyday: ["お礼の品", "お礼品", "返礼の品"] },
  // Standard-kanji 寄付 vs the legal spelling 寄附 used in the report.
  { report: "寄附", everyday: ["寄付", "寄付金", "寄付額"] },
  // Abbreviations of (government) crowdfunding.
  { report: "ガバメントクラウドファンディング", everyday: ["クラファン", "GCF"] },
  // 旅先納税 is the common name of on-the-spot furusato donations.
  { report: "現地決済型ふるさと納税", everyday: ["旅先納税", "現地で寄付"] },
  // Self-generated revenue = 自主財源.
  { report: "自主財源", everyday: ["独自財源", "自前の財源", "市独自の財源"] },
  // Unused city property = 遊休資産.
  {
    report: "遊休資産",
    everyday: [
      "使っていない土地",
      "使われていない土地",
      "未利用地",
      "遊休地",
      "余っている土地",
      "未利用財産",
      "使っていない建物",
      "使っていない資産",
      "使ってない資産",
      "使われていない資産",
      "使われてない資産",
      "使ってない土地",
      "使われてない土地",
      "使ってない建物",
    ],
  },
  // Selling city property = 売却.
  { report: "売却", everyday: ["土地を売る", "売り払う", "払い下げ"] },
  // Leasing city property = 貸付.
  { report: "貸付", everyday: ["貸し付け", "土地を貸す"] },
  // Selling by open tender = 公募売却.
  { report: "公募売却", everyday: ["入札で売る", "一般競争入札", "競争入札"] },
  // Fixing a deficit-ridden public enterprise = 経営健全化.
  {
    report: "経営健全化",
    everyday: ["赤字解消", "赤字削減", "赤字対策", "経営改善", "経営の立て直し", "経営再建"],
  },
  // Hospital operating balance = 医業収支比率. (医業収支 is in the report only inside 医業収支比率/改善.)
  { report: "医業収支比率", everyday: ["病院の収支", "病院の赤字", "病院の黒字"] },
  // Share of patients returning home = 在宅復帰率.
  { report: "在宅復帰率", everyday: ["自宅復帰率", "退院して自宅", "家に帰れる割合"] },
  // Staff type it without the middle dots.
  {
    report: "ワーク・ライフ・バランス",
    everyday: ["ワークライフバランス", "仕事と生活の両立", "仕事と家庭の両立"],
  },
  // The successor of 公立病院改革プラン.
  { report: "公立病院経営強化プラン", everyday: ["病院改革プラン", "公立病院改革プラン", "病院の経営計画"] },
  // Water leaks = 漏水.
  { report: "漏水", everyday: ["水漏れ", "水もれ", "漏れている水"] },
  // Water pipes = 管路.
  { report: "管路", everyday: ["水道管"] },
  // Replacing old pipes = 老朽管更新.
  {
    report: "老朽管更新",
    everyday: ["古い水道管", "水道管の交換", "水道管の更新", "老朽化した水道管", "古い管の交換"],
  },
  // Making facilities earthquake-proof = 耐震化.
  { report: "耐震化", everyday: ["地震対策", "耐震補強", "地震に強い"] },
  // Bundled contracting-out of waterworks operations = 包括業務委託.
  { report: "包括業務委託", everyday: ["包括委託", "一括委託", "まとめて委託"] },
  // Connecting homes to sewers/flush toilets = 水洗化.
  { report: "水洗化", everyday: ["水洗トイレ", "下水道への接続", "下水につなぐ", "下水道に接続"] },
  // Sewer pipes = 汚水管渠.
  { report: "汚水管渠", everyday: ["下水管", "下水道管"] },
  // Sewer charges = 下水道使用料.
  { report: "下水道使用料", everyday: ["下水道料金", "下水料金", "下水の料金"] },
  // Writing off uncollectable charges = 不納欠損.
  { report: "不納欠損", everyday: ["貸し倒れ", "回収不能", "徴収不能", "取れなかったお金"] },
  // Sewage treatment plant = 浄化センター.
  { report: "浄化センター", everyday: ["下水処理場", "下水処理施設", "汚水処理場", "終末処理場"] },
  // Second round (session 7), written from the report alone by someone who had seen no question set.
  // The report writes NTT East's formal company name; everyone says NTT東日本.
  { report: "東日本電信電話株式会社", everyday: ["NTT東日本", "NTT東", "エヌティティ東日本", "NTT"] },
  // 市町村アカデミー is the nickname of 市町村職員中央研修所 (JAMP); staff may type either.
  { report: "市町村アカデミー", everyday: ["市町村職員中央研修所", "JAMP"] },
  // The prefectural training institute where 派遣研修 takes place, in everyday words.
  {
    report: "宮城県市町村職員研修所",
    everyday: ["県の研修所", "宮城県の研修所", "県研修所", "市町村研修所"],
  },
  // The report shortens the body's formal name 日本医療機能評価機構.
  { report: "病院機能評価機構", everyday: ["日本医療機能評価機構", "医療機能評価機構"] },
  // The portal site added in R5 is ANA's; 全日空 is its Japanese name.
  { report: "ANA", everyday: ["全日空"] },
  // Staff name the furusato-nozei portals by their brands (not ふるさと納税サイト: 「ANAのふるさと納税サイト」 must keep ふるさと納税).
  {
    report: "ふるさと納税ポータルサイト",
    everyday: ["ふるさとチョイス", "さとふる", "楽天ふるさと納税", "ふるなび"],
  },
  // The city hospital is often called 市立病院.
  { report: "大崎市民病院", everyday: ["大崎市立病院", "市立病院", "大崎の市民病院"] },
  // Water department; 水道局 is the usual everyday name of a city's water utility.
  { report: "上下水道部", everyday: ["水道局", "上下水道局", "水道の部署"] },
  // The personnel section; staff from elsewhere say 人事課/職員課 and write 人材 for 人財.
  { report: "人財育成課", everyday: ["人事課", "職員課", "人材育成課"] },
  // 教委/市教委 are the standard abbreviations of 教育委員会.
  { report: "教育委員会", everyday: ["市教委", "教委", "教育委員会事務局"] },
  // まち協 is the common short form of まちづくり協議会.
  { report: "まちづくり協議会", everyday: ["まち協", "地区のまちづくり組織"] },
  // 住民自治組織/地域運営組織(RMO) are the general terms for the same kind of body.
  { report: "地域自治組織", everyday: ["住民自治組織", "地域運営組織", "地区の自治組織"] },
  // 行政区の区長 is 行政区長 in other words (not 区長さん: often the one who asked, not the topic).
  { report: "行政区長", everyday: ["行政区の区長"] },
  // The sold land of the old fire station, said the way people say it.
  {
    report: "旧消防庁舎跡地",
    everyday: [
      "消防の旧庁舎",
      "旧消防署",
      "消防署の跡地",
      "古い消防庁舎",
      "消防本部の跡地",
      "旧消防本部",
      "消防署跡地",
      "消防署の跡",
    ],
  },
  // The closed school is called 鹿島台二小; staff type Arabic 2 as well.
  {
    report: "旧鹿島台第二小学校",
    everyday: ["鹿島台二小", "旧鹿島台二小", "鹿島台第2小学校", "鹿島台第2小"],
  },
  // Branch office short name.
  { report: "岩出山総合支所", everyday: ["岩出山支所", "岩出山の支所", "岩出山の総合支所"] },
  // Branch office short name (公民館 moved into its spare space).
  { report: "三本木総合支所", everyday: ["三本木支所", "三本木の支所", "三本木の総合支所"] },
  // Branch hospital names in everyday order.
  { report: "鳴子温泉分院", everyday: ["鳴子分院", "鳴子の分院", "鳴子の病院"] },
  // Branch hospital name in everyday order.
  { report: "岩出山分院", everyday: ["岩出山の分院", "岩出山の病院"] },
  // Branch hospital name in everyday order.
  { report: "鹿島台分院", everyday: ["鹿島台の分院", "鹿島台の病院"] },
  // The hospital's health-check centre; people know it by 人間ドック/健診.
  { report: "健康管理センター", everyday: ["人間ドック", "健診センター", "検診センター"] },
  // The new city hall building opened R5.5.
  { report: "新庁舎", everyday: ["新しい庁舎", "新しい市役所", "新市役所", "新しい本庁舎"] },
  // Its opening (R5.5), as staff say it; the report writes 新庁舎の供用開始 (No.8) and 新庁舎が供用開始 (No.13). Added in
  // session 13.
  {
    report: "新庁舎の供用開始",
    everyday: [
      "新庁舎オープン",
      "新庁舎のオープン",
      "新庁舎が開庁",
      "新庁舎の開庁",
      "新庁舎開庁",
      "新庁舎ができる",
    ],
  },
  // Staff say 市の施設 for 公共施設.
  { report: "公共施設", everyday: ["市の施設", "市有施設", "市が持っている施設"] },
  // Decision not to go ahead (減免率の見直し; 電子申請 in item 10 writes 見送った).
  { report: "見送り", everyday: ["先送り", "見合わせ", "棚上げ", "保留にした"] },
  // Letting businesses use the empty office space on a trial basis.
  { report: "トライアルサウンディング", everyday: ["お試し利用", "試行利用", "暫定利用", "お試しで使"] },
  // The bidder chosen to negotiate first in a proposal competition.
  { report: "優先交渉権者", everyday: ["優先交渉者", "交渉相手に選ばれた", "優先的に交渉する相手"] },
  // Standard terms for public-private partnership.
  { report: "民間企業等との協働", everyday: ["官民連携", "公民連携", "PPP", "官民協働"] },
  // Agreement of residents, which was missing for the 減免率 change.
  { report: "市民合意", everyday: ["住民合意", "市民の合意", "住民の合意"] },
  // Trial operation of the online facility booking.
  { report: "試験運用", everyday: ["試行運用", "テスト運用", "お試し運用"] },
  // Adopting an AI/RPA tool for real after a trial.
  { report: "本格導入", everyday: ["正式導入", "本番導入", "本導入"] },
  // The resident survey is held every other year.
  { report: "隔年", everyday: ["2年に1回", "2年ごと", "一年おき", "1年おき"] },
  // Taking the water-quality tests back in-house.
  { report: "直営化", everyday: ["内製化", "委託をやめて自前", "職員が自ら行う"] },
  // Handing neighbourhood halls over to the community, said with 集会所 and 譲渡/移管.
  {
    report: "集会施設の地域への譲与",
    everyday: ["集会所の譲渡", "集会所を地域に譲", "集会所を地元に譲", "集会所の無償譲渡", "集会所の移管"],
  },
  // Staff over 60 under the raised retirement age.
  { report: "60歳超職員", everyday: ["60歳以上の職員", "60歳を超えた職員", "60歳超えの職員"] },
  // Young staff to whom know-how is passed.
  { report: "若年層職員", everyday: ["若い職員", "若年職員"] },
  // Manual/technical staff; 現業 is the everyday word.
  { report: "技能労務職", everyday: ["現業職", "現業職員", "技能職員"] },
  // Staff on (childcare) leave are now outside the 定数.
  { report: "休業", everyday: ["育休", "育児休業", "産休", "産前産後休業"] },
  // In-house training.
  { report: "庁内研修", everyday: ["内部研修", "市役所内の研修", "庁内の研修"] },
  // The レジリエンス研修 described by what it trains.
  { report: "レジリエンス", everyday: ["ストレス耐性", "心の回復力", "折れない心", "打たれ強さ"] },
  // Spelled-out forms of DX (大崎市DX講演会, 自治体DX推進計画).
  { report: "DX", everyday: ["デジタルトランスフォーメーション", "デジタル変革"] },
  // The report abbreviates caseworkers as CW.
  { report: "CW", everyday: ["ケースワーカー"] },
  // Customer-service training for counter staff.
  {
    report: "接遇＆マナー研修",
    everyday: ["接客研修", "窓口対応研修", "ビジネスマナー研修", "電話応対研修"],
  },
  // Training by recorded video.
  { report: "動画配信", everyday: ["オンデマンド研修", "オンデマンド配信", "録画の研修", "動画研修"] },
  // Temp staff hired for the one-stop application work.
  { report: "労働派遣", everyday: ["人材派遣", "派遣社員", "派遣スタッフ"] },
  // Publishing data in machine-readable form.
  { report: "機械判読", everyday: ["機械可読", "マシンリーダブル", "CSV形式", "CSVで公開"] },
  // The prefecture-shared open-data portal.
  {
    report: "オープンデータポータルサイト",
    everyday: [
      "オープンデータのサイト",
      "オープンデータサイト",
      "データカタログサイト",
      "県のオープンデータ",
    ],
  },
  // One of the newly published datasets; staff type ゴミ in katakana.
  {
    report: "ごみの分別",
    everyday: ["ゴミの分別", "ごみ分別", "ゴミ分別", "ゴミ出しのルール", "ごみ出しのルール"],
  },
  // The kind of work chosen for RPA/AI.
  { report: "膨大な作業量", everyday: ["定型作業", "定型業務", "単純作業", "繰り返し作業", "大量の作業"] },
  // What the internal groupware is used for (schedule, bulletin board).
  { report: "グループウェア", everyday: ["スケジュール共有", "庁内掲示板", "サイボウズ"] },
  // Katakana spelling of Zoom.
  { report: "Zoom", everyday: ["ズーム"] },
  // Shared folders used for paperless meetings.
  { report: "共有フォルダ", everyday: ["共有ドライブ", "ファイルサーバ", "ネットワークドライブ"] },
  // Pushing election count results to residents.
  { report: "プッシュ型", everyday: ["プッシュ通知", "通知が届く", "自動で通知", "お知らせが届く"] },
  // The city's official LINE account, as staff type it.
  {
    report: "LINE公式アカウント",
    everyday: ["公式ライン", "ライン公式アカウント", "ラインの公式アカウント", "公式LINEアカウント"],
  },
  // Named social networks staff mention for 市民ニーズ/発信.
  { report: "SNS", everyday: ["ツイッター", "Twitter", "インスタグラム", "インスタ"] },
  // 避難勧告 was merged into 避難指示; staff still use the old word.
  { report: "避難指示", everyday: ["避難勧告", "避難命令"] },
  // Road-closure information on the disaster portal.
  { report: "道路規制情報", everyday: ["通行止め", "通行止め情報", "道路の通行止め"] },
  // The e-application service within マイナポータル.
  { report: "マイナポータル", everyday: ["ぴったりサービス"] },
  // The 介護・要支援認定 application tested for online filing.
  { report: "要支援認定", everyday: ["要介護認定", "介護認定の申請", "介護保険の申請"] },
  // Nursery application tested for online filing.
  {
    report: "保育施設等の利用申込",
    everyday: ["保育園の申込", "保育園の申し込み", "入園申込", "保育園の入園"],
  },
  // The tight finances behind the project review.
  { report: "厳しい財政状況", everyday: ["財政難", "財政が厳しい", "財政が苦しい", "財政が苦しく"] },
  // Money saved by a reform measure.
  { report: "効果額", everyday: ["削減効果", "削減額", "節約できた額", "浮いたお金"] },
  // Cost-based fee setting.
  { report: "コスト計算", everyday: ["原価計算", "原価を計算", "コスト算定"] },
  // Reduction rate for social-education facilities (postponed).
  { report: "減免率", everyday: ["割引率", "減免の割合", "減額の割合"] },
  // Rising prices behind cutting newsletter pages.
  { report: "物価高騰", everyday: ["インフレ", "物価上昇", "物価の上昇", "物価が上が"] },
  // Why repairs before handover cost more.
  {
    report: "建設資材費の高騰",
    everyday: ["資材高騰", "資材価格の高騰", "工事費の高騰", "建設費の値上がり", "資材の値上がり"],
  },
  // Repair of halls (15) and pipes/facilities (21).
  { report: "修繕", everyday: ["修理", "補修工事", "修理費"] },
  // Communities must become a legal person (認可地縁団体) to receive a hall.
  { report: "法人格", everyday: ["法人化", "認可地縁団体", "地縁団体", "地縁法人"] },
  // Current-year taxes, whose collection is strengthened.
  { report: "現年課税分", everyday: ["現年度分", "今年度分の税", "当年度分", "今年の税金"] },
  // Investigating a delinquent's assets before seizure.
  { report: "財産調査", everyday: ["財産の調査", "資産調査", "預金調査", "口座の調査"] },
  // Deposits seized.
  { report: "預貯金", everyday: ["預金", "銀行預金", "銀行口座の預金"] },
  // Wage garnishment.
  { report: "給与差押", everyday: ["給料の差し押さえ", "給料差し押さえ", "給与の差し押さえ"] },
  // Arrears carried into the next year.
  { report: "年度繰越", everyday: ["滞納繰越", "次年度に持ち越", "翌年度に持ち越"] },
  // Making it easier to pay (apps, convenience stores).
  { report: "納付環境", everyday: ["払いやすく", "納めやすく", "払える場所", "支払い方法を増や"] },
  // Payment apps; スマホアプリ is a multi-word form, not a bare スマホ.
  { report: "スマートフォンアプリ", everyday: ["スマホアプリ", "携帯アプリ"] },
  // Collecting arrears.
  { report: "滞納整理", everyday: ["徴収対策", "滞納処分"] },
  // 滞納対策 is said of both items, No.16's 市税等 and No.17's 使用料等 (eight of eight blind writers offered both for
  // 「滞納対策の取組」): read as 滞納, which both write. 「市税の滞納対策」 stays No.16's by its 市税の滞納.
  { report: "滞納", everyday: ["滞納対策"] },
  // City taxes.
  { report: "市税", everyday: ["市の税金", "市に納める税"] },
  // Joint demand letters sent with the claim sections.
  { report: "共同催告", everyday: ["合同催告", "一斉催告", "合同で督促", "一斉督促"] },
  // Experience-type gifts for furusato donations.
  { report: "体験メニュー", everyday: ["体験型返礼品", "体験型の返礼品", "コト消費", "体験型の返礼"] },
  // Formal name of the corporate furusato-nozei.
  { report: "企業版ふるさと納税", everyday: ["地方創生応援税制", "企業のふるさと納税"] },
  // The one-stop exemption from filing a tax return.
  { report: "ワンストップ特例", everyday: ["確定申告不要", "確定申告しなくていい", "ワンストップ制度"] },
  // Turning unused property to another use.
  { report: "転用", everyday: ["用途変更", "別の用途", "他の用途に使"] },
  // Family doctor.
  { report: "かかりつけ医", everyday: ["ホームドクター", "家庭医"] },
  // Home medical care.
  { report: "在宅医療", everyday: ["訪問診療", "往診", "家での医療"] },
  // Hospitals call it 病棟 as often as 病床.
  { report: "地域包括ケア病床", everyday: ["地域包括ケア病棟", "包括ケア病棟"] },
  // Third-party hospital accreditation.
  { report: "病院機能評価", everyday: ["病院の第三者評価", "病院の認定審査"] },
  // The lab standard.
  { report: "ISO15189", everyday: ["臨床検査の国際規格", "検査室の国際規格", "検査の国際認定"] },
  // Agreement among the 1市4町 hospitals.
  { report: "連携協約", everyday: ["病院間の連携", "病院同士の連携", "病院間の協定", "医療連携の協定"] },
  // Savings from buying medical supplies better.
  { report: "材料調達", everyday: ["診療材料の購入", "医療材料の購入", "薬の仕入れ", "医薬品の購入"] },
  // Lead service pipes being replaced.
  { report: "鉛製給水管", everyday: ["鉛管", "鉛の水道管", "鉛給水管"] },
  // Share of supplied water that is billed (cut by leaks).
  { report: "有収率", everyday: ["料金になった水の割合", "料金になる水", "料金収入になる水"] },
  // Distribution mains.
  { report: "配水管", everyday: ["水道本管", "配水本管"] },
  // Areas without sewers.
  {
    report: "下水道未普及地域",
    everyday: ["下水道がない地域", "下水道が来ていない", "下水が通っていない", "下水道のない地区"],
  },
  // Planned renewal of sewer facilities.
  {
    report: "ストックマネジメント計画",
    everyday: ["下水道の長寿命化", "下水道施設の長寿命化", "下水道の老朽化対策"],
  },
  // Per-facility plans. Not 長寿命化計画: the city has one for each kind of asset (橋梁, 市営住宅, 学校施設), none of
  // them the report's, and every blind set read it as a plan the report does not tell of.
  { report: "個別施設計画", everyday: ["施設ごとの計画", "施設別の計画"] },
  // The report spells ウィルス; most people type ウイルス.
  {
    report: "新型コロナウィルス",
    everyday: ["新型コロナウイルス", "コロナウイルス", "COVID-19", "新型肺炎"],
  },
  // After COVID moved to category 5.
  { report: "5類移行", everyday: ["コロナ明け", "コロナ収束", "アフターコロナ", "5類になって"] },
  // Lack of people in the まちづくり協議会.
  { report: "人材不足", everyday: ["担い手不足", "なり手不足", "人手不足"] },
  // Theme of the high-school town meeting.
  { report: "シティプロモーション", everyday: ["シティセールス", "都市ブランディング", "まちの売り込み"] },
  // Combining functions into one building.
  { report: "複合化", everyday: ["複合施設", "合築"] },
  // Third round (session 8), written from the report alone by someone who had seen no question set: activities
  // described by what they do, the plan's verbs in everyday speech, personnel, finance, water and hospital words.
  // Facilitation described by what it does: helping a discussion run; the existing table has only 進行役/司会進行.
  {
    report: "ファシリテーション",
    everyday: [
      "話し合いの進行を手伝",
      "会議の進行を手伝",
      "話し合いを仕切る",
      "話し合いを回す",
      "議論の交通整理",
      // Session 18: the skill named by its aim (「話し合いを上手に進める技術」).
      "話し合いを上手に進める",
      "話し合いをうまく進める",
      "会議を上手に進める",
      "会議をうまく進める",
      "議論を上手に進める",
    ],
  },
  // Supporting local discussions is 話し合いの支援 in the report; staff say 手伝い/サポート.
  {
    report: "話し合いの支援",
    everyday: ["話し合いのお手伝い", "話し合いの手伝い", "話し合いをサポート", "話し合いのサポート"],
  },
  // A place/occasion for discussion.
  { report: "話し合いの場", everyday: ["話し合う機会", "話し合いの機会", "対話の場", "意見を出し合う場"] },
  // Working together with residents is the everyday wording of 協働 (協働のまちづくり).
  {
    report: "協働",
    everyday: [
      "住民といっしょに",
      "住民と一緒に",
      "市民といっしょに",
      "市民と一緒に",
      "住民と協力して",
      "市民と協力して",
    ],
  },
  // Reaching agreement through discussion.
  { report: "合意形成", everyday: ["合意づくり", "意見の一致"] },
  // Bringing up young community leaders, as a verb phrase.
  { report: "若者の育成", everyday: ["若い人を育て", "若者を育て", "若い世代を育て"] },
  // The 大崎塾 course trains women to lead community discussions; 女性リーダー is the usual phrase.
  {
    report: "女性コーディネーター養成講座",
    everyday: ["女性リーダー育成", "女性リーダーの育成", "女性リーダーの養成", "女性リーダー養成"],
  },
  // The grant to community organisations, in the words staff use.
  {
    report: "地域自治組織活性事業交付金",
    everyday: ["まち協への交付金", "まち協の交付金", "地域への交付金", "まちづくり交付金"],
  },
  // Using private-sector know-how; 民間活力 is the standard administrative phrase.
  {
    report: "民間のノウハウ",
    everyday: ["民間活力", "民間の力", "民間の知恵", "民間のアイデア", "民間のアイディア"],
  },
  // The policy for using former school sites, said as 活用方針.
  {
    report: "利活用検討方針",
    everyday: ["廃校の活用方針", "学校跡地の活用方針", "跡地活用の方針", "廃校活用の方針"],
  },
  // More everyday words for a closed school building.
  { report: "廃校", everyday: ["旧校舎", "廃校舎", "閉校した学校", "学校の跡"] },
  // The cost of running the administration.
  { report: "行政コスト", everyday: ["役所のコスト", "行政の経費", "市役所のコスト"] },
  // Cutting costs; the existing table lacks the katakana and verb forms.
  {
    report: "経費節減",
    everyday: ["コストカット", "コストダウン", "経費を抑え", "費用を抑え", "経費を減ら"],
  },
  // The hospital's spending cuts (支出削減策).
  { report: "支出削減", everyday: ["支出を減ら", "支出を抑え", "支出カット", "支出の削減"] },
  // Raising income (収入増加策).
  {
    report: "収入増加",
    everyday: ["収入を増や", "増収策", "収益アップ", "収入アップ", "収益を増や", "歳入増"],
  },
  // Securing revenue; staff say 歳入, the report says 収入.
  { report: "収入確保", everyday: ["歳入確保", "歳入の確保", "歳入を確保", "お金を確保"] },
  // Reviewing/cutting subsidies is the item-4 title; 補助金の見直し is not written without ・負担金.
  {
    report: "補助金・負担金の見直し",
    everyday: [
      "補助金の削減",
      "補助金カット",
      "補助金を減ら",
      "補助金の整理",
      "補助金を見直",
      "補助金の見直し",
    ],
  },
  // The city's rules for granting subsidies.
  {
    report: "補助金交付基準",
    everyday: ["補助金のルール", "補助金の基準", "補助金の交付要綱", "補助の基準"],
  },
  // How much each party pays.
  { report: "負担割合", everyday: ["負担率", "分担割合", "負担の割合", "分担率"] },
  // Following up on review findings.
  { report: "追跡調査", everyday: ["フォローアップ", "その後の確認", "事後確認", "事後検証"] },
  // Raising fees and charges, as a verb.
  {
    report: "使用料・手数料の見直し",
    everyday: ["手数料の値上げ", "手数料の改定", "手数料改定", "手数料を上げ", "使用料を上げ"],
  },
  // What level a fee is set at.
  { report: "料金水準", everyday: ["料金設定", "料金の設定", "料金の相場", "料金の高さ"] },
  // A draft before the final version.
  { report: "中間案", everyday: ["素案", "たたき台", "叩き台"] },
  // The final draft.
  { report: "最終案", everyday: ["成案", "確定案", "最終的な案"] },
  // Cutting the newsletter's pages (a specific 削減, not bare 減らす).
  { report: "ページ数の削減", everyday: ["ページを減ら", "ページ数を減ら", "紙面を減ら", "ページ削減"] },
  // One of the five verdicts: rebuild the project.
  { report: "再構築", everyday: ["事業の作り直し", "事業の組み直し"] },
  // Verdict: change how the project is done.
  { report: "やり方改善", everyday: ["やり方を変え", "やり方の改善", "進め方の改善", "やり方を見直"] },
  // The main budget for the year.
  { report: "当初予算", everyday: ["本予算", "年度当初の予算", "当初の予算"] },
  // The results report used for project evaluation.
  { report: "主要施策の成果", everyday: ["成果報告書", "施策の成果報告", "成果説明書"] },
  // Giving projects and subsidies an end date, in more everyday forms.
  {
    report: "終期設定",
    everyday: ["期限付きの事業", "期限付きの補助", "時限的", "終わりの時期を決め", "いつまでやるか"],
  },
  // Consolidating facilities; tied to 施設 so that other まとめる is not caught.
  {
    report: "集約化",
    everyday: ["施設を一つにまとめ", "施設を1つにまとめ", "施設をまとめ", "施設の集約", "施設を集約"],
  },
  // The criteria for closing or merging facilities.
  {
    report: "統廃合を検討する判断基準",
    everyday: [
      "統廃合の基準",
      "統廃合の判断基準",
      "廃止の基準",
      "施設を廃止する基準",
      "廃止するかどうかの基準",
    ],
  },
  // Merging elementary schools.
  { report: "統合小学校", everyday: ["小学校の統合", "小学校統合", "小学校を統合", "小学校の再編"] },
  // Levelling annual spending on sewer renewal.
  {
    report: "平準化",
    everyday: ["事業費をならす", "費用をならす", "事業費を均等に", "費用を均等に", "毎年の費用をそろえ"],
  },
  // More verb stems for handing a hall over free of charge.
  {
    report: "譲与",
    everyday: ["無料で譲", "ただで譲", "無償で渡", "町内会に譲", "自治会に譲", "地区に譲", "無償で引き渡"],
  },
  // 手放す to the community says the same (added in session 10).
  { report: "譲与", everyday: ["地域に手放す", "地元に手放す"] },
  // The plan fixing how many staff the city has.
  { report: "定員管理計画", everyday: ["人員計画", "要員計画", "職員数の計画", "職員数の目標"] },
  // 定員適正化計画 is what many other municipalities call their 定員管理計画 (added in session 10, after a blind set's
  // question from staff who came from another city).
  { report: "定員管理計画", everyday: ["定員適正化計画"] },
  { report: "定員管理", everyday: ["定員適正化", "定員の適正化"] },
  // Staff off sick, now outside the 定数.
  { report: "休職", everyday: ["病気休職者", "病気で休んでいる職員", "病休"] },
  // More everyday names of part-time/temporary municipal staff.
  {
    report: "会計年度任用職員",
    everyday: ["会計年度職員", "パートタイム職員", "アルバイト職員", "非正規の職員", "非正規雇用"],
  },
  // Working on after retirement.
  { report: "再任用", everyday: ["定年後も働", "定年退職後に働", "定年後に働", "定年後の再任用"] },
  // More forms of raising the retirement age.
  {
    report: "定年延長",
    everyday: ["定年が延び", "定年が65歳", "定年を65歳", "定年年齢の引き上げ", "定年年齢の引上げ"],
  },
  // Passing knowledge from older to younger staff.
  {
    report: "継承",
    everyday: ["技術の継承", "技術継承", "知識の伝承", "ノウハウの継承", "経験を伝え", "技術の伝承"],
  },
  // Filling vacancies.
  { report: "補充", everyday: ["欠員を埋め", "欠員補充", "欠員の穴埋め"] },
  // Staff type 人材 for the city's 人財.
  {
    report: "人財育成基本方針",
    everyday: ["人材育成基本方針", "人材育成方針", "人材育成の方針", "人材育成の基本方針"],
  },
  // Same 人材/人財 spelling issue.
  {
    report: "人財育成アクションプラン",
    everyday: ["人材育成アクションプラン", "人材育成の行動計画", "人材育成の実行計画"],
  },
  // Training by rank at the prefectural institute.
  {
    report: "階層別研修",
    everyday: ["職階別研修", "役職別研修", "役職別の研修", "係長研修", "管理職研修", "昇任者研修"],
  },
  // Skill-up training for mid-career and young staff.
  { report: "スキルアップ研修", everyday: ["能力向上研修", "スキル向上研修", "能力開発研修"] },
  // The staff engagement survey.
  {
    report: "エンゲージメント調査",
    everyday: ["エンゲージメントサーベイ", "従業員満足度", "ES調査", "働きがい調査"],
  },
  // A good workplace climate.
  {
    report: "良好な職場環境",
    everyday: ["風通しの良い職場", "風通しのよい職場", "風通しのいい職場", "職場の雰囲気づくり"],
  },
  // OJT described by what it does.
  {
    report: "職場内研修",
    everyday: ["仕事をしながら学", "仕事をしながら覚え", "先輩職員が指導", "先輩が教え"],
  },
  // The report writes 時間勤務の削減 (for 時間外勤務); staff say 残業.
  {
    report: "時間勤務の削減",
    everyday: ["残業を減ら", "残業削減", "残業の削減", "時間外を減ら", "残業時間"],
  },
  // Doctors' working-hours reform.
  { report: "働き方改革", everyday: ["医師の残業", "医師の時間外", "ドクターの残業"] },
  // AI-OCR by what it does: reading handwritten/paper forms automatically.
  {
    report: "AI-OCR",
    everyday: [
      "書類を自動で読み取",
      "手書きの書類を読み取",
      "紙の書類を読み取",
      "紙の申請書を読み取",
      "手書きの申請書をデータ化",
      "紙の書類をデータ化",
    ],
  },
  // Transcription by what it does.
  {
    report: "文字起こし",
    everyday: ["録音を文字に", "音声を文字に", "音声をテキスト", "議事録を自動で", "しゃべった内容を文字に"],
  },
  // RPA by what it does: automating PC data-entry.
  {
    report: "RPA",
    everyday: [
      "パソコン作業の自動化",
      "入力作業の自動化",
      "入力作業を自動化",
      "パソコン作業を自動化",
      "データ入力の自動化",
    ],
  },
  // Spelled-out ICT.
  { report: "ICT", everyday: ["情報通信技術"] },
  // Pilot of online applications.
  { report: "実証実験", everyday: ["PoC", "実地テスト"] },
  // The workflow that had to change.
  { report: "業務フロー", everyday: ["仕事の流れ", "事務の流れ", "業務の流れ"] },
  // Putting procedures online.
  {
    report: "オンライン化",
    everyday: ["ネットで手続", "オンラインで手続", "ネットでできる手続", "手続きのデジタル化"],
  },
  // The マイキーID setup desk was used for マイナポイント; staff name it by that.
  { report: "マイキーID", everyday: ["マイナポイント", "マイキーの設定"] },
  // Visualising disaster information.
  { report: "可視化", everyday: ["見える化"] },
  // Gathering information in one place.
  {
    report: "一元的に集約",
    everyday: ["一か所に集め", "一か所にまとめ", "一ヵ所にまとめ", "一カ所にまとめ", "一箇所にまとめ"],
  },
  // Getting more residents to sign up to the disaster portal/LINE.
  { report: "ユーザー拡大", everyday: ["登録者を増や", "友だち登録", "友だち追加", "友達登録", "友達追加"] },
  // Reducing arrears, said with 減らす (tied to 滞納, so not a bare 減らす→削減).
  {
    report: "滞納額の縮減",
    everyday: ["滞納を減ら", "滞納額を減ら", "滞納の圧縮", "滞納額の圧縮", "滞納額の削減", "滞納の削減"],
  },
  // Unpaid amounts owed to the city.
  { report: "滞納額", everyday: ["未収金", "未収入金", "収入未済", "未収債権"] },
  // Paying taxes electronically via eLTAX.
  { report: "共通納税システム", everyday: ["電子納税", "ネットで納税", "インターネット納付", "ネット納付"] },
  // Fee for occupying a road.
  { report: "道路占用料", everyday: ["道路の使用料", "道路を使う料金", "道路使用料"] },
  // Fees for unregistered public land (old paths and ditches).
  { report: "法定外公共物使用料", everyday: ["里道", "水路の使用料", "水路使用料"] },
  // Repayment of city scholarship loans.
  {
    report: "奨学資金貸与金償還金",
    everyday: ["奨学金の返済", "奨学金の返還", "奨学金返還", "奨学金の償還"],
  },
  // Welfare overpayments to be returned.
  { report: "生活保護費返還金", everyday: ["生活保護の返還金", "生活保護費の返還", "保護費の返還"] },
  // Nursery fees; staff say 保育園.
  { report: "保育所保育料", everyday: ["保育園の保育料", "保育園の料金", "保育園代"] },
  // Variants of the scheme's name.
  { report: "ふるさと納税", everyday: ["ふるさと寄付", "ふるさと寄附", "ふるさと納付"] },
  // Local businesses supplying gifts.
  {
    report: "返礼品提供事業者",
    everyday: ["返礼品の事業者", "返礼品を出す事業者", "出品事業者", "返礼品の提供業者"],
  },
  // Selling land through private property channels.
  { report: "民間の媒体", everyday: ["不動産業者", "不動産会社", "不動産サイト", "不動産屋"] },
  // Leasing city property for a fee.
  { report: "有償貸付", everyday: ["有料で貸", "お金を取って貸"] },
  // More verb stems of selling property (the existing 土地を売る misses past forms).
  { report: "売却", everyday: ["売りに出", "建物を売", "売り払っ"] },
  // Selling by open tender, as a verb stem.
  { report: "公募売却", everyday: ["入札で売", "入札による売却", "入札で売却"] },
  // Someone wanting to buy city land.
  // Not 「買いたいという」「購入したい」: a wish typed in the asker's words is a citizen's (「土地を買いたいという方が
  // います」), and read as the report's noun it would no longer be one (SERVICE_INTENT's 買いたい).
  { report: "購入希望", everyday: ["買いたい人"] },
  // The hospital as an enterprise.
  { report: "病院事業", everyday: ["病院の経営", "病院の運営", "病院運営"] },
  // Improving the hospital's operating balance.
  {
    report: "医業収支改善",
    everyday: ["病院の赤字を減ら", "病院の収支改善", "病院の収支を改善", "病院の赤字解消"],
  },
  // The hospital's mid-term vision plan.
  {
    report: "病院ビジョン",
    everyday: ["病院の中期計画", "病院の将来構想", "病院の長期計画", "病院の将来像"],
  },
  // Dividing roles among the area's public hospitals.
  { report: "機能分化", everyday: ["病院の役割分担", "病院間の役割分担", "病院ごとの役割"] },
  // The system for providing medical care.
  { report: "医療提供体制", everyday: ["医療体制", "地域医療体制", "医療の提供体制"] },
  // The integrated community care system, as people describe its aim.
  {
    report: "地域包括ケアシステム",
    everyday: ["住み慣れた地域で暮らし", "住み慣れた場所で暮らし", "住み慣れた家で"],
  },
  // Buying medical supplies more cheaply.
  { report: "材料調達方法の改善", everyday: ["共同購入", "安く仕入れ", "購入価格の見直し", "仕入れ値"] },
  // Supplying water reliably.
  { report: "安定供給", everyday: ["安定給水", "水を安定して", "断水しない", "安定して水を"] },
  // Leak detection surveys.
  { report: "漏水調査", everyday: ["漏水探知", "漏水探査", "水漏れ調査", "漏水の点検", "水漏れの点検"] },
  // Billed-water ratio, named by its complement.
  { report: "有収率", everyday: ["有収水量", "無収水", "料金にならない水"] },
  // Service pipes into houses.
  { report: "給水管", everyday: ["引き込み管", "引込管", "家の水道管", "各家庭の水道管", "宅内の水道管"] },
  // More everyday forms of earthquake-proofing.
  { report: "耐震化", everyday: ["耐震管", "耐震工事", "地震で壊れない"] },
  // Private drainage connecting a house to the sewer.
  { report: "排水設備", everyday: ["家の排水管", "宅内排水", "家庭の排水管", "宅内配管"] },
  // Treated water discharged from sewage plants.
  { report: "放流水", everyday: ["処理水", "処理した水", "処理後の水"] },
  // Keeping public waters clean.
  { report: "水質保全", everyday: ["水質の保全", "水をきれいに保", "川をきれいに", "水質を守"] },
  // Rivers and lakes.
  { report: "公共用水域", everyday: ["川や湖", "河川や湖沼", "河川の水質", "川の水質"] },
  // Building sewers.
  {
    report: "下水道整備",
    everyday: ["下水道工事", "下水道の工事", "下水道の整備", "下水道を整備", "下水道を通す"],
  },
  // Enlarging the planned sewer area.
  {
    report: "事業計画区域を拡大",
    everyday: ["下水道区域の拡大", "整備区域の拡大", "区域を広げ", "エリアを広げ"],
  },
  // The bundled waterworks outsourcing; longer than 民間委託 so it wins over アウトソーシング.
  {
    report: "包括業務委託",
    everyday: ["水道の民間委託", "水道業務の委託", "水道の業務委託", "水道業務を委託", "水道の窓口業務委託"],
  },
  // One-stop counter for water and sewer.
  {
    report: "ワンストップサービス窓口",
    everyday: ["窓口の一本化", "窓口を一本化", "一つの窓口で", "1つの窓口で", "窓口を一つに"],
  },
  // Merging the water and sewer departments.
  {
    report: "組織統合",
    everyday: ["水道と下水道の統合", "上下水道の統合", "水道部と下水道部の統合", "上水と下水の統合"],
  },
  // Checking the contractor's work.
  {
    report: "モニタリング",
    everyday: ["委託先のチェック", "委託業務のチェック", "委託先の監視", "委託業務の点検"],
  },
];
