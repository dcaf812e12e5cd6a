package com.portdrill.i18n;

/**
 * Every line of interface text the plain mode and the commands print, in English and Chinese. Arguments are
 * {@link java.util.Formatter} conversions, the same ones in the same order in both languages (a test checks).
 */
public enum Message {
    STUDY_START("Studying %s: %d due, %d new (%s). End input (Ctrl-D) to stop.",
            "学习 %s：到期 %d 张，新卡 %d 张（%s）。结束输入（Ctrl-D）即停止。"),
    STUDY_NOTHING("Nothing to study in %s now: no card is due and today's new cards are done. Come back later, or raise --limit.",
            "%s 现在没有要学的：没有到期的卡片，今天的新卡也已学完。稍后再来，或提高 --limit。"),
    QUIZ_START("Quiz: %d s on %s (%s). Answer as many as you can.",
            "测验：%d 秒，卡组 %s（%s）。尽可能多答。"),
    QUIZ_TIME_UP("Time is up.", "时间到。"),
    QUIZ_SCORE("Score %d: %d answered, %s accurate, %.1f answers a minute.",
            "得分 %d：回答 %d 题，正确率 %s，每分钟 %.1f 题。"),
    QUIZ_RAN("Ran %d s of %d: not a best for the full length.", "进行了 %d 秒（共 %d 秒）：不计入完整时长的最佳成绩。"),
    QUIZ_NEW_BEST("A new personal best for %s, %d s, %s!", "%s、%d 秒、%s 的新个人最佳！"),
    QUIZ_BEST_STANDS("Personal best for %s, %d s, %s: %d.", "%s、%d 秒、%s 的个人最佳：%d。"),
    QUIZ_MISSES("Missed:", "答错的题："),
    QUIZ_NO_MISSES("No misses.", "没有答错。"),
    REVIEW_START("Reviewing missed cards: %d (%s). Each leaves once answered right. End input (Ctrl-D) to stop.",
            "复习答错的卡片 %d 张（%s）。答对一张就移出。结束输入（Ctrl-D）即停止。"),
    REVIEW_NOTHING("Nothing to review: no card's latest answer was wrong or close.",
            "没有要复习的：没有卡片最近一次回答是错误或接近。"),
    REVIEW_DONE("Every missed card is answered right now.", "所有答错的卡片都已答对。"),
    DRILL_START("Drill: %d to answer from %s, weakest first (%s). End input (Ctrl-D) to stop.",
            "练习卡片 %d 张（卡组 %s），最弱的在前（%s）。结束输入（Ctrl-D）即停止。"),
    DRILL_NOTHING("No card of %s fits a drill.", "%s 中没有适合练习的卡片。"),
    MODE_TYPED("type the answer", "输入答案"),
    MODE_CHOICE("answer 1-4 or a-d", "用 1-4 或 a-d 作答"),
    MODE_FLIP("press Enter to see the answer, then grade yourself 1-4", "按回车查看答案，然后自评 1-4"),
    ASK_AGAIN_BLANK("Type an answer, or end input to stop.", "请输入答案，或结束输入以停止。"),
    ASK_AGAIN_PORT("A port number is wanted here (not scored): type the number.", "这里要的是端口号（不计分）：请输入数字。"),
    ASK_AGAIN_NAME("A service name is wanted here (not scored): type its name.", "这里要的是服务名称（不计分）：请输入名称。"),
    ASK_AGAIN_CHOICE("Answer with 1-%d or a-%s.", "请用 1-%d 或 a-%s 作答。"),
    ASK_AGAIN_GRADE("Grade with 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).", "请用 1（重来）、2（困难）、3（良好）或 4（简单）自评。"),
    FLIP_REVEAL("(press Enter to see the answer)", "（按回车查看答案）"),
    FLIP_GRADE("How well did you know it? 1 Again, 2 Hard, 3 Good, 4 Easy:", "记得怎么样？1 重来，2 困难，3 良好，4 简单："),
    FEEDBACK_CORRECT("%s is right.", "%s 正确。"),
    FEEDBACK_CLOSE("nearly: the answer is %s (a small typo counts as close).", "接近：答案是 %s（小的拼写错误算作接近）。"),
    FEEDBACK_WRONG("the answer is %s.", "答案是 %s。"),
    FEEDBACK_YOU_SAID("You said: %s.", "你的回答：%s。"),
    PLAIN_COUNTER("[%d done · %d left]", "[已答 %d · 剩 %d]"),
    PLAIN_OVERRULE_HINT("(:right if you were right)", "（如果你答对了，输入 :right）"),
    PLAIN_OVERRULED("Overruled: \"%s\" counts as correct, rated Good. Type :undo to take it back.",
            "已改判：“%s”算作正确，评分为良好。输入 :undo 可撤销。"),
    PLAIN_UNDONE("Undone: \"%s\" counts as it was judged, rated %s.", "已撤销：“%s”按原判定计算，评分为%s。"),
    PLAIN_NOTHING_TO_OVERRULE("Nothing to overrule: :right applies to the last answer when it was judged wrong or close, :undo right after it.",
            "没有可改判的：:right 只用于上一个被判为错误或接近的答案，:undo 紧随其后。"),
    PLAIN_BOTH_ON("Explanations now give both languages' descriptions; :both again for yours only.",
            "解释中现在显示两种语言的说明；再输入 :both 只显示你的语言。"),
    PLAIN_BOTH_OFF("Explanations now give your language's description only; :both for both.",
            "解释中现在只显示你的语言的说明；输入 :both 显示两种语言。"),
    PLAIN_NO_OVERRULE_IN_QUIZ("The quiz's answers cannot be overruled; answer the question, or :q to stop.",
            "测验中的答案不能改判；请回答问题，或输入 :q 停止。"),
    FEEDBACK_MISSING("Missing: %s (all of %s are needed).", "缺少：%s（需要全部的 %s）。"),
    FEEDBACK_RATED("Rated %s.", "评分：%s。"),
    RATING_AGAIN("Again", "重来"),
    RATING_HARD("Hard", "困难"),
    RATING_GOOD("Good", "良好"),
    RATING_EASY("Easy", "简单"),
    EXPLAIN_ANSWER("Answer: %s", "答案：%s"),
    EXPLAIN_SERVICE("Our port list calls it: %s", "我们的端口表称它为：%s"),
    EXPLAIN_DESCRIPTION_EN("The English port list says: %s", "英文端口表：%s"),
    EXPLAIN_DESCRIPTION_ZH("The Chinese port list says: %s", "中文端口表：%s"),
    EXPLAIN_ONLY_EN("Only the English port list has this port.", "只有英文端口表有这个端口。"),
    EXPLAIN_ONLY_ZH("Only the Chinese port list has this port.", "只有中文端口表有这个端口。"),
    EXPLAIN_NO_DOCUMENT("Our port lists leave this port out; what it is comes from IANA, the official registry.",
            "我们的端口表没有这个端口；它的用途依据官方登记机构 IANA。"),
    EXPLAIN_IANA("IANA: %s", "IANA 分配：%s"),
    EXPLAIN_ALIAS("Our port lists use another name for the service IANA assigns here.",
            "文档使用的是 IANA 在此分配的服务的另一个名称。"),
    EXPLAIN_UNOFFICIAL("Not an IANA assignment: an unofficial, trojan or backdoor use.", "不是 IANA 分配：非官方、木马或后门用途。"),
    EXPLAIN_DISAGREES("Our port lists are wrong about this port: learn the correction.", "我们的端口表对这个端口的说法有误：请记住更正。"),
    EXPLAIN_CORRECTION("Correction: %s", "更正：%s"),
    EXPLAIN_NOTE("Note: %s", "注：%s"),
    MIXUP_IS_NAMED("%s is %s, port %s.", "%s 是 %s，端口 %s。"),
    MIXUP_IS_PORT("%s is port %s.", "%s 是端口 %s。"),
    MIXUP_SECURE_FORM("%s is %s, its secure form.", "%s 是 %s，它的安全形式。"),
    MIXUP_CLEAR_FORM("%s is %s, which %s secures.", "%s 是 %s，%s 是它的安全形式。"),
    MIXUP_PORT("%s is %s; %s is %s.", "%s 是 %s；%s 是 %s。"),
    MIXUP_PORT_ONLY("%s is %s.", "%s 是 %s。"),
    SUMMARY("Done: %d answered, %d correct, %d close, %d wrong; best streak %d.",
            "结束：回答 %d 题，正确 %d，接近 %d，错误 %d；最长连对 %d。"),
    SAVE_PENDING("your answer is not on disk yet: %s", "你的回答尚未写入磁盘：%s"),
    UNKNOWN_DECK("there is no deck '%s'; run 'portdrill decks list' to see the decks",
            "没有卡组“%s”；运行 'portdrill decks list' 查看卡组"),
    MISSED_CARDS_GONE("Missed cards no longer in any deck, skipped: %d.",
            "%d 张答错的卡片已不在任何卡组中，已跳过。"),
    CATALOGUE_PORT("PORT", "端口"),
    CATALOGUE_SERVICE("SERVICE (documents)", "服务（文档）"),
    CATALOGUE_IANA("IANA", "IANA 分配"),
    CATALOGUE_VERDICT("VERDICT", "判定"),
    CATALOGUE_IN("IN", "出处"),
    CATALOGUE_TOTAL("%d ports: %s", "共 %d 个端口：%s"),
    OPTIMIZE_NO_REVIEWS("No reviews to fit yet: study first, or give --revlog FILE.csv.",
            "还没有可拟合的复习记录：先学习，或用 --revlog FILE.csv 指定复习日志。"),
    OPTIMIZE_TOO_FEW("%d of your %d reviews can be predicted (a review a day or more after the card's previous one, on a"
            + " card whose first interval is not a rare one); FSRS needs %d to fit anything, so the parameters stay as"
            + " they are.",
            "可预测的复习只有 %d 次（共 %d 次复习；可预测的是与该卡上一次复习相隔一天或以上、且首个间隔不罕见的卡片的复习）；"
            + "FSRS 至少需要 %d 次才能拟合，参数保持不变。"),
    OPTIMIZE_FITTED("Fitted FSRS-6 to %d reviews of %d cards (%s) in %d ms.",
            "已用 %d 次复习（%d 张卡片）拟合 FSRS-6（%s），耗时 %d 毫秒。"),
    OPTIMIZE_STAGE_ALL("all 21 parameters", "全部 21 个参数"),
    OPTIMIZE_STAGE_INITIAL("fewer than %d reviews to predict, so only the four initial stabilities",
            "可预测的复习少于 %d 次，所以只拟合四个初始稳定性"),
    OPTIMIZE_METRICS("%s: log loss %.4f, RMSE(bins) %.4f: FSRS is off by %.1f%% when predicting recall.",
            "%s：对数损失 %.4f，RMSE(bins) %.4f：FSRS 预测记忆时平均偏差 %.1f%%。"),
    OPTIMIZE_CURRENT_DEFAULT("Current parameters (the defaults)", "当前参数（默认）"),
    OPTIMIZE_CURRENT_FITTED("Current parameters (fitted %s)", "当前参数（拟合于 %s）"),
    OPTIMIZE_NEW("Fitted parameters", "新拟合的参数"),
    OPTIMIZE_KEPT("Kept the fitted parameters: they predict your recall better, and every session schedules with them"
            + " from now on.", "已保存新拟合的参数：它们更准确地预测你的记忆，今后每次学习都按它们安排。"),
    OPTIMIZE_NOT_KEPT("Kept the current parameters: the fitted ones do not predict your recall better.",
            "保留当前参数：新拟合的参数并没有更准确地预测你的记忆。"),
    OPTIMIZE_RESET("Back to the default FSRS parameters.", "已恢复默认 FSRS 参数。"),
    CATALOGUE_REPORT("Parser report: %d notes on what was skipped, split, joined or repaired (quoting the documents)",
            "解析报告：%d 条说明，记录跳过、拆分、合并或修复的内容（引用文档原文）");

    private final String en;
    private final String zh;

    Message(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    /** The text in {@code lang}, with its format conversions unfilled. */
    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
