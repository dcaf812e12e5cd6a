package com.portdrill.i18n;

/** What {@code portdrill scan} and the look-up's "ports open here" say, in English and Chinese. */
public enum ScanText {
    EVERY_INTERFACE("every interface", "所有网络接口"),
    LOOPBACK("loopback only (%s)", "仅本机回环（%s）"),
    ONE_ADDRESS("on %s", "在 %s"),
    PROCESS("process %s", "进程 %s"),
    BANNER("banner: %s", "服务标识：%s"),
    SERVICE("Service: %s", "服务：%s"),
    TAUGHT("%s: %s", "%s：%s"),
    DOCUMENTS_NAME("the documents say %s", "文档称其为 %s"),
    DOCUMENTS_NULL("the documents name no service", "文档未写服务名"),
    IANA("IANA %s: %s", "IANA %s：%s"),
    IANA_NONE("IANA registers nothing on %s", "IANA 在 %s 上未登记任何服务"),
    VERDICT("verdict %s", "判定 %s"),
    CORRECTION("Correction: %s", "更正：%s"),
    FLAG_CLEARTEXT("Credentials in clear: %s (source: %s)", "明文凭据：%s（来源：%s）"),
    FLAG_EXPOSED("Reachable beyond this machine: %s (source: %s)", "本机之外可访问：%s（来源：%s）"),
    FLAG_TROJAN("The documents name this port for a trojan or backdoor: “%s” (verdict unofficial; source: %s)",
            "文档称此端口为木马或后门所用：“%s”（判定为非官方用途；来源：%s）"),
    FLAG_CONVENTION("Unregistered use: %s on %s is a convention, not IANA's registration (source: %s)",
            "未登记的用途：%s 使用 %s 只是惯例，并非 IANA 的登记（来源：%s）"),
    FLAG_UNREGISTERED("Unregistered use: IANA assigns nothing on %s", "未登记的用途：IANA 未在 %s 上分配任何服务"),
    SUMMARY("%d open %s, %d flagged", "共 %d 个开放%s，%d 个被标记"),
    PORT_ONE("port", "端口"),
    PORT_MANY("ports", "端口"),
    SUMMARY_FLAG("%s %d", "%s %d"),
    FLAG_NAME_CLEARTEXT("credentials in clear", "明文凭据"),
    FLAG_NAME_EXPOSED("database or admin service beyond loopback", "回环之外的数据库或管理服务"),
    FLAG_NAME_TROJAN("trojan or backdoor in the documents", "文档所列木马或后门"),
    FLAG_NAME_UNREGISTERED("unregistered use", "未登记用途"),
    UNREADABLE("%d %s could not be read (the first is line %d); they are left out", "%1$d 行无法读取（第一处为第 %3$d 行），已略过"),
    LINE_ONE("line", "行"),
    LINE_MANY("lines", "行"),
    NONE_OPEN("No open or listening port found.", "没有发现开放或监听的端口。"),
    HERE_TITLE("Ports open here", "本机开放的端口"),
    HERE_HINT("What this machine listens on (from /proc/net); type a port to look it up.",
            "本机正在监听的端口（读取自 /proc/net）；输入端口号即可查询。"),
    HERE_UNAVAILABLE("Ports open here: %s", "本机开放的端口：%s"),
    DECK_TITLE("Ports found by scan", "扫描发现的端口"),
    DECK_WRITTEN("Wrote deck '%s': %d cards for %d of the %d ports found; study it with 'portdrill study --deck %s'",
            "已写入卡组“%s”：%d 张卡片，覆盖发现的 %4$d 个端口中的 %3$d 个；用 'portdrill study --deck %5$s' 学习");

    private final String en;
    private final String zh;

    ScanText(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    /** The text in {@code lang}, with {@code args} put in its placeholders. */
    public String in(Lang lang, Object... args) {
        String pattern = lang == Lang.ZH ? zh : en;
        return args.length == 0 ? pattern : Placeholders.fill(pattern, args);
    }
}
