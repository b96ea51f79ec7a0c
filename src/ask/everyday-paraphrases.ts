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
  { report: "使用料改定", everyday: ["料金改定", "料金の値上げ", "使用料の値上げ", "利用料の値上げ"] },
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
  { report: "市民満足度", everyday: ["市民の満足度", "住民満足度", "住民の満足度"] },
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
  // Managing headcount = 定員管理.
  { report: "定員管理", everyday: ["職員数の管理", "人員管理", "職員数を管理"] },
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
    everyday: ["業務の自動化", "作業の自動化", "事務の自動化", "ロボットによる自動化", "自動化ツール"],
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
    everyday: ["施設数の削減", "施設を減らす", "公共施設の削減", "ハコモノ", "箱物", "施設の削減"],
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
    everyday: ["無償譲渡", "無償で譲る", "タダで譲る", "地元に譲る", "地域に譲る", "地域に移管"],
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
    ],
  },
  // eLTAX in katakana / its official description.
  { report: "eLTAX", everyday: ["エルタックス", "地方税共通納税", "地方税ポータル"] },
  // People who have not paid = 未納者.
  { report: "未納者", everyday: ["未払いの人", "滞納者"] },
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
];
