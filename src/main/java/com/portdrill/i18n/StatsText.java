package com.portdrill.i18n;

import java.time.DayOfWeek;
import java.time.Month;

/** The statistics screen's text in English and Chinese; a placeholder is a {@link String#format} conversion. */
public enum StatsText {
    TITLE("Statistics", "统计"),
    NO_ANSWERS("No answers yet: study a deck and your progress shows here.", "还没有回答：学习一个卡组后，进度会显示在这里。"),
    TOTALS("Answers: %d in all, %d today", "回答：共 %d 次，今天 %d 次"),
    CORRECT("Correct: %s in all, %s today", "正确率：总体 %s，今天 %s"),
    STREAK("Days in a row: %d (longest %d)", "连续学习：%d 天（最长 %d 天）"),
    ACTIVITY("Answers per day, last %d weeks", "每日回答（近 %d 周）"),
    KEY_ZERO("blank: 0", "空白：0"),
    RETENTION("True retention, last %d days", "真实保留率（近 %d 天）"),
    RETENTION_LINE("%s remembered (answers to cards in review: %d); target %s", "复习阶段卡片的 %2$d 次回答中记住 %1$s；目标 %3$s"),
    RETENTION_NONE("No answers to cards in review in this time yet.", "这段时间还没有复习阶段卡片的回答。"),
    TARGET("target", "目标"),
    FSRS_DEFAULT("FSRS parameters: the defaults (run 'portdrill optimize' to fit yours); desired retention %s",
            "FSRS 参数：默认（运行 'portdrill optimize' 拟合你自己的）；期望保留率 %s"),
    FSRS_FITTED("FSRS parameters: fitted %s to %d reviews (log loss %.4f); desired retention %s",
            "FSRS 参数：%s 用 %d 次复习拟合（对数损失 %.4f）；期望保留率 %s"),
    CARDS("Cards by state", "卡片状态"),
    STATE_NEW("New", "新卡"),
    STATE_LEARNING("Learning", "学习中"),
    STATE_REVIEW("Review", "复习"),
    STATE_RELEARNING("Relearning", "重新学习"),
    FORECAST("Due in the next %d days (overdue counted today)", "未来 %d 天到期（逾期计入今天）"),
    FORECAST_LINE("Today %d, tomorrow %d, next 7 days %d", "今天 %d，明天 %d，7 天内 %d"),
    TODAY("today", "今天"),
    WEAKEST("Weakest cards (missed today, then lowest recall now)", "最薄弱的卡片（今天答错的在前，然后是当前回忆概率最低的）"),
    MISSED_TODAY("%d× today", "今天错 %d 次"),
    WEAKEST_NONE("None yet: answer a few cards first.", "暂无：先回答几张卡片。"),
    RECALL("recall", "回忆率"),
    LAPSES("forgotten", "遗忘次数"),
    CARD("card", "卡片"),
    PER_KIND("Correct per kind of question", "各题型正确率"),
    KIND_LINE("%s: %s (%d answers)", "%s：%s（%d 次回答）"),
    KIND_PORT_TO_SERVICE("port → service", "端口 → 服务"),
    KIND_SERVICE_TO_PORT("service → port", "服务 → 端口"),
    KIND_DESCRIPTION_TO_PORT("description → port", "描述 → 端口"),
    KIND_TROJAN_TO_PORT("trojan → port", "木马 → 端口"),
    KIND_TRANSPORT("transport", "传输协议"),
    KIND_COUNTERPART("secure counterpart", "安全对应协议"),
    KIND_RANGE("port range", "端口范围"),
    KIND_JOB("ports for a job", "任务所需端口"),
    KIND_SCENARIO("scenario", "场景"),
    KIND_PROTOCOL_NUMBER("IP protocol number", "IP 协议号"),
    KIND_READ_LINE("read a line", "读懂一行输出"),
    KIND_IN_CLEAR("in clear or not", "是否明文"),
    KIND_ALL("every kind", "全部题型"),
    QUIZ("Timed quiz bests", "限时测验最佳成绩"),
    QUIZ_NONE("No timed quiz yet.", "还没有限时测验。"),
    QUIZ_SERIES("%s, %d s, %s: best %d", "%s，%d 秒，%s：最佳 %d"),
    MODE_TYPED("typed", "输入"),
    MODE_CHOICE("choice", "选择"),
    MODE_FLIP("flip", "翻卡"),
    MONDAY("Mo", "一"),
    TUESDAY("Tu", "二"),
    WEDNESDAY("We", "三"),
    THURSDAY("Th", "四"),
    FRIDAY("Fr", "五"),
    SATURDAY("Sa", "六"),
    SUNDAY("Su", "日"),
    JANUARY("Jan", "1月"),
    FEBRUARY("Feb", "2月"),
    MARCH("Mar", "3月"),
    APRIL("Apr", "4月"),
    MAY("May", "5月"),
    JUNE("Jun", "6月"),
    JULY("Jul", "7月"),
    AUGUST("Aug", "8月"),
    SEPTEMBER("Sep", "9月"),
    OCTOBER("Oct", "10月"),
    NOVEMBER("Nov", "11月"),
    DECEMBER("Dec", "12月");

    private final String en;
    private final String zh;

    StatsText(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    /** The text in {@code lang}, with {@code args} put in its placeholders. */
    public String in(Lang lang, Object... args) {
        String pattern = lang == Lang.ZH ? zh : en;
        return args.length == 0 ? pattern : Placeholders.fill(pattern, args);
    }

    /** The name of a kind of question, by its code ({@code transport}, {@code port-to-service} …). */
    public static StatsText kind(String code) {
        return valueOf("KIND_" + code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    public static StatsText of(DayOfWeek day) {
        return values()[MONDAY.ordinal() + day.ordinal()];
    }

    public static StatsText of(Month month) {
        return values()[JANUARY.ordinal() + month.ordinal()];
    }
}
