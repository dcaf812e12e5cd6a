package com.portdrill.i18n;

/**
 * The full-screen interface's own words, in English and Chinese. A constant holds both, so a missing
 * translation cannot compile; {@code %s} and {@code %d} placeholders are filled by {@link #format}.
 */
public enum ScreenText {
    APP_TITLE("portdrill — learn your ports", "portdrill — 端口速记"),
    MENU_STUDY("Study (spaced repetition)", "学习（间隔重复）"),
    MENU_QUIZ("Timed quiz", "限时测验"),
    MENU_REVIEW("Review missed", "复习错题"),
    MENU_WAITING("%d due, %d new", "到期 %d，新卡 %d"),
    MENU_MISSED("%d missed", "错题 %d"),
    MENU_DRILL("Drill well-known ports", "熟知端口速练"),
    MENU_STATS("Statistics", "统计"),
    MENU_LOOKUP("Look up a port or service", "查询端口或服务"),
    MENU_SETTINGS("Settings", "设置"),
    MENU_QUIT("Quit", "退出"),
    MENU_CHOICES("Deck %s · answers %s · quiz %d s (Settings to change)", "卡组 %s · %s · 测验 %d 秒（在设置中修改）"),
    MENU_HINT("↑/↓ or j/k to move, Enter to open, a letter or number to jump, ? for keys",
            "↑/↓ 或 j/k 移动，Enter 打开，按字母或数字直达，? 查看按键"),

    WINDOW_TOO_SMALL("Window too small: %dx%d, portdrill needs 60x18", "窗口太小：%dx%d，需要 60x18"),

    HEADER_PROGRESS("%d done · %d left", "已答 %d · 剩 %d"),
    HEADER_STREAK("streak %d", "连对 %d"),
    HEADER_SCORE("score %d", "得分 %d"),
    HEADER_LEFT("%d:%02d left", "剩余 %d:%02d"),
    HEADER_LEFT_TENTHS("%d.%d s left", "剩余 %d.%d 秒"),
    HEADER_DRILL("drill · %d answered", "速练 · 已答 %d"),

    ANSWER_PROMPT("Your answer: ", "你的答案："),
    BLANK_AGAIN("Type an answer first (blank answers are not judged).", "请先输入答案（空白不计分）。"),
    PORT_WANTED("A port number is wanted here (not scored): type the number.", "这里要的是端口号（不计分）：请输入数字。"),
    NAME_WANTED("A service name is wanted here (not scored): type its name.", "这里要的是服务名称（不计分）：请输入名称。"),
    TRANSPORT_WANTED("TCP, UDP or both is wanted here (not scored): type the transport.",
            "这里要的是 TCP、UDP 还是两者都用（不计分）：请输入传输协议。"),
    PROTOCOL_NUMBER_WANTED("An IP protocol number is wanted here (not scored): type the number.",
            "这里要的是 IP 协议号（不计分）：请输入数字。"),
    CHOICE_HINT("Press 1–4 or a–d", "按 1–4 或 a–d 选择"),
    FLIP_HINT("Think of the answer, then press Space to reveal", "先想好答案，然后按空格揭晓"),
    FLIP_GRADE("How well did you know it? 1 Again · 2 Hard · 3 Good · 4 Easy",
            "掌握程度？1 重来 · 2 困难 · 3 良好 · 4 简单"),
    SAVING("Saving your answer…", "正在保存答案…"),
    SAVE_PENDING("Not saved yet (%s): kept in memory, retried on the next answer.", "尚未保存（%s）：已留在内存中，下次作答时重试。"),

    VERDICT_CORRECT("Correct", "正确"),
    VERDICT_CLOSE("Close — nearly right", "接近——差一点"),
    VERDICT_WRONG("Wrong", "错误"),
    YOUR_ANSWER("You answered: %s", "你的答案：%s"),
    MISSING_PORTS("Missing: %s (all of %s are needed)", "缺少：%s（需要全部的 %s）"),
    THE_ANSWER("Answer: %s", "答案：%s"),
    RATING_NOW("Rated %s — ← → to change, Enter or Space to go on", "评分 %s——按 ← → 修改，Enter 或空格继续"),
    EASY_OFFERED("Right and fast: press → for Easy if it was easy", "又快又对：觉得简单就按 → 选简单"),
    OVERRULE_HINT("Were you right? Press ! and it counts as correct", "你其实答对了？按 ! 就算作正确"),
    OVERRULED("You overruled the judge: your answer counts as correct (! takes it back)", "你已改判：你的答案算作正确（再按 ! 撤销）"),
    RATING_AGAIN("Again", "重来"),
    RATING_HARD("Hard", "困难"),
    RATING_GOOD("Good", "良好"),
    RATING_EASY("Easy", "简单"),

    EXPLAIN_SERVICE("Service: %s", "服务：%s"),
    EXPLAIN_NO_SERVICE("[NULL] (the document names no service)", "[NULL]（文档未写服务名）"),
    EXPLAIN_DOC_EN("English document: %s", "英文文档：%s"),
    EXPLAIN_DOC_ZH("Chinese document: %s", "中文文档：%s"),
    EXPLAIN_ONLY_ONE("Only the %s document holds this port.", "只有%s文档收录了这个端口。"),
    EXPLAIN_NO_DOCUMENT("Neither document holds this port; explained from IANA alone.", "两份文档都没有这个端口；仅依据 IANA。"),
    DOC_NAME_EN("English", "英文"),
    DOC_NAME_ZH("Chinese", "中文"),
    EXPLAIN_IANA("IANA: %s", "IANA：%s"),
    EXPLAIN_IANA_NONE("IANA: no assignment", "IANA：未分配"),
    EXPLAIN_VERDICT("Verdict: %s", "判定：%s"),
    VERDICT_AGREES("the document agrees with IANA", "文档与 IANA 一致"),
    VERDICT_ALIAS("the document uses another name for IANA's service", "文档使用了 IANA 服务的别名"),
    VERDICT_DISAGREES("the document disagrees with IANA", "文档与 IANA 不一致"),
    VERDICT_UNOFFICIAL("an unofficial use (trojan, backdoor or unregistered)", "非官方用途（木马、后门或未注册）"),
    EXPLAIN_CORRECTION("Correction: %s", "更正：%s"),
    EXPLAIN_OTHER_LANG("L: the whole description, and the other language", "L：完整说明及另一种语言"),
    EXPLAIN_SOURCE("Source: %s", "来源：%s"),
    EXPLAIN_DOCUMENTS("Documents: %s   entry %s   in %s", "文档：%s   条目 %s   收录于 %s"),
    EXPLAIN_IANA_ROWS("IANA:", "IANA："),

    SUMMARY_TITLE("Session over", "本轮结束"),
    QUIZ_OVER("Time is up", "时间到"),
    QUIZ_STOPPED("Quiz stopped early", "测验已提前结束"),
    SUMMARY_SCORE("Score %d of %d answered", "得分 %d，共答 %d 题"),
    SUMMARY_ACCURACY("Accuracy %s", "正确率 %s"),
    QUIZ_RAN("Ran %d s of %d: not a best for the full length", "进行了 %d 秒（共 %d 秒）：不计入完整时长的最佳成绩"),
    SUMMARY_RATE("%.1f answers a minute", "每分钟 %.1f 题"),
    SUMMARY_BEST("A personal best!", "个人最佳！"),
    SUMMARY_PREVIOUS_BEST("Personal best: %d", "个人最佳：%d"),
    SUMMARY_MISSES("Missed (↑ ↓ scroll):", "答错（↑ ↓ 滚动）："),
    SUMMARY_MISS("the answer: %s · you said: %s", "答案：%s · 你的回答：%s"),
    QUIZ_READY("%d seconds, as many answers as you can. Press Enter to start the clock, Esc to go back.",
            "%d 秒，尽可能多答。按 Enter 开始计时，Esc 返回。"),
    QUIZ_NOT_SCORED("Not scored, time ran out while you typed: %s", "时间到时正在输入，不计分：%s"),
    SUMMARY_NO_MISSES("No misses.", "没有错题。"),
    SUMMARY_KEYS("Enter or q to go back", "按 Enter 或 q 返回"),

    LOOKUP_TITLE("Look up", "查询"),
    LOOKUP_PROMPT("Port or service: ", "端口或服务："),
    LOOKUP_HINT("Type a port (22) or a service (ssh, DNS) and press Enter; Tab: other language; Esc: back",
            "输入端口（22）或服务名（ssh、DNS）后按 Enter；Tab 切换语言；Esc 返回"),
    LOOKUP_RANGE("Port %s is out of range: give 0 to 65535 or a service name", "端口 %s 超出范围：请输入 0–65535 或服务名"),
    LOOKUP_UNKNOWN("No port or service is named '%s'", "没有名为“%s”的端口或服务"),
    LOOKUP_PORT("Port %d", "端口 %d"),
    LOOKUP_DID_YOU_MEAN("No port or service is named '%s'; did you mean %s?", "没有名为“%s”的端口或服务；你是不是要找 %s？"),
    EXPLAIN_TAUGHT("Taught as: %s — %s (%s)", "所教内容：%s — %s（%s）"),
    EXPLAIN_PURPOSE("What it is for: %s", "用途：%s"),
    EXPLAIN_HOOK("Memory hook: %s", "记忆窍门：%s"),
    EXPLAIN_ALSO_CALLED("Also accepted: %s", "也接受：%s"),
    EXPLAIN_CONVENTION("A convention, not an IANA registration.", "这是惯例用法，并非 IANA 登记。"),
    EXPLAIN_COUNTERPART("Counterpart: port %s", "对应的安全/非安全版本：端口 %s"),
    EXPLAIN_CLEAR("Credentials cross the network in clear.", "凭据以明文在网络上传输。"),
    EXPLAIN_ENCRYPTED("Encrypted.", "加密传输。"),
    EXPLAIN_VARIES("In clear or encrypted, depending on version or options.", "是否明文取决于版本或选项。"),
    EXPLAIN_TIERS("Decks: %s", "卡组：%s"),
    EXPLAIN_FACT_SOURCE("Sources: %s", "出处：%s"),

    SETTINGS_TITLE("Settings", "设置"),
    SETTINGS_LANG("Language: %s", "语言：%s"),
    SETTINGS_COLOR("Colour: %s", "颜色：%s"),
    SETTINGS_ON("on", "开"),
    SETTINGS_OFF("off", "关"),
    SETTINGS_COLOUR_REFUSED("off (--no-color or NO_COLOR)", "关（--no-color 或 NO_COLOR）"),
    SETTINGS_DECK("Deck for study and the quiz: %s", "学习和测验的卡组：%s"),
    SETTINGS_MODE("Answers: %s", "作答方式：%s"),
    SETTINGS_QUIZ("Quiz length: %d s", "测验时长：%d 秒"),
    SETTINGS_RETENTION("Desired retention: %s (the share of due cards FSRS schedules you to recall)",
            "期望保留率：%s（FSRS 安排复习时希望你记住的到期卡片比例）"),
    SETTINGS_NEW_PER_DAY("New cards a day: %d", "每天新卡：%d 张"),
    SETTINGS_DRILL_DECK("Deck for the drill: %s", "练习用的卡组：%s"),
    SETTINGS_KIND("Kind of question in study and the quiz: %s", "学习和测验的题型：%s"),
    MENU_KIND("Only: %s", "只练：%s"),
    SETTINGS_HINT("↑/↓ to pick, Enter, Space or ←/→ to change, Esc to go back",
            "↑/↓ 选择，Enter、空格或 ←/→ 修改，Esc 返回"),
    MODE_TYPED("typed", "输入答案"),
    MODE_CHOICE("multiple choice", "四选一"),
    MODE_FLIP("flip cards", "翻卡自评"),
    MODE_IN_QUIZ("(%s in the quiz)", "（测验中为%s）"),
    SETTINGS_SAVED("Saved.", "已保存。"),
    SETTINGS_MEMORY("Kept for this run only: %s", "仅本次运行有效：%s"),

    STATS_EMPTY("No statistics to show yet.", "暂无统计。"),
    STATS_FIT("f: fit FSRS to your reviews", "f：用你的复习拟合 FSRS"),

    HELP_TITLE("Keys", "按键"),
    HELP_CLOSE("Any key closes this help", "按任意键关闭帮助"),
    HELP_MOVE("↑ ↓ j k: move", "↑ ↓ j k：移动"),
    HELP_OPEN("Enter: open · 1–8 or a letter: jump", "Enter：打开 · 1–8 或字母：直达"),
    HELP_EDIT("Typing, ← → Home End, Backspace, Ctrl-W (a word), Ctrl-U (all): edit the answer",
            "输入、← → Home End、退格、Ctrl-W（一个词）、Ctrl-U（全部）：编辑答案"),
    HELP_SUBMIT("Enter: submit the answer", "Enter：提交答案"),
    HELP_CHOICE("1–4 or a–d: choose", "1–4 或 a–d：选择"),
    HELP_FLIP("Space: reveal · 1–4: grade", "空格：揭晓 · 1–4：自评"),
    HELP_RATE("After an answer: ← → change the rating, ! says you were right, Enter or Space go on",
            "作答后：← → 修改评分，! 表示你其实答对了，Enter 或空格继续"),
    HELP_LANG("L (after an answer): the whole description, and the other language's", "L（作答后）：完整说明及另一种语言的说明"),
    HELP_PAGE("Space: ten lines down", "空格：向下十行"),
    HELP_START("Enter or Space: start the clock", "Enter 或空格：开始计时"),
    HELP_STOP("Esc, or q when not typing: end the quiz and see the summary", "Esc，或未输入时按 q：结束测验并查看总结"),
    HELP_SUMMARY("Once over: ↑ ↓ j k scroll the summary, Enter, Space, Esc or q go back",
            "结束后：↑ ↓ j k 滚动总结，Enter、空格、Esc 或 q 返回"),
    HELP_LOOKUP_KEYS("Enter: look up · Tab: other language · ↑ ↓: scroll", "Enter：查询 · Tab：切换语言 · ↑ ↓：滚动"),
    HELP_CHANGE("Enter, Space, ← →: change the value", "Enter、空格、← →：修改取值"),
    HELP_BACK("Esc, or q when not typing: go back", "Esc，或未输入时按 q：返回"),
    HELP_QUIT("Ctrl-C: leave at once (progress is kept)", "Ctrl-C：立即退出（进度已保存）"),

    BACK_HINT("Esc: back · ?: keys", "Esc：返回 · ?：按键");

    private final String en;
    private final String zh;

    ScreenText(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** The text in {@code lang} with its placeholders filled; numbers formatted the same way in both languages. */
    public String format(Lang lang, Object... args) {
        return Placeholders.fill(in(lang), args);
    }
}
