package com.portdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueCommandTest {
    @Test
    void printsTheCatalogueAsAJsonArrayWithTheDocumentedFields() throws Exception {
        CommandRunner r = CommandRunner.run("catalogue", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(70);
        JsonNode first = array.get(0);
        assertThat(first.get("port").isInt()).isTrue();
        for (String field : new String[] {"port", "service", "entry", "sources", "description", "verdict", "correction"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        JsonNode p1033 = find(array, 1033);
        assertThat(p1033.get("service").isNull()).isTrue();
        assertThat(p1033.get("entry").toString()).isEqualTo("[1025,1033]");
        assertThat(p1033.get("sources").toString()).isEqualTo("[\"en\",\"zh\"]");
        JsonNode p2115 = find(array, 2115);
        assertThat(p2115.get("sources").toString()).isEqualTo("[\"en\"]");
        assertThat(p2115.get("description").get("zh").isNull()).isTrue();
        JsonNode p109 = find(array, 109);
        assertThat(p109.get("verdict").asText()).isEqualTo("disagrees");
        assertThat(p109.get("correction").get("en").asText()).contains("POP2");
        assertThat(p109.get("correction").get("zh").asText()).contains("POP2");
    }

    @Test
    void printsATableAndTheParsersReport() {
        CommandRunner r = CommandRunner.run("catalogue");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("70 ports: 30 agrees, 8 alias, 12 disagrees, 20 unofficial")
                .contains("Parser report").contains("truncated-entry").contains("\"Port: 214\"")
                .contains("glued-entry").contains("Port 110 is POP3");
        assertThat(r.out()).doesNotContain("\u001b");
    }

    @Test
    void showsCorrectionsInChineseWithLangZh() {
        CommandRunner r = CommandRunner.run("catalogue", "--lang", "zh");
        assertThat(r.out()).contains("110 端口是 POP3").contains("共 70 个端口：30 agrees")
                .contains("解析报告：").doesNotContain("Parser report").doesNotContain(" ports: ");
        String header = r.out().lines().findFirst().orElseThrow();
        assertThat(header).startsWith(" 端口  服务（文档）").contains("判定").endsWith("出处");
        String english = CommandRunner.run("catalogue").out().lines().findFirst().orElseThrow();
        assertThat(com.portdrill.text.DisplayWidth.of(header.substring(0, header.indexOf("IANA 分配"))))
                .as("the columns line up in both languages").isEqualTo(english.indexOf("IANA"));
    }

    private static JsonNode find(JsonNode array, int port) {
        for (JsonNode n : array) {
            if (n.get("port").asInt() == port) {
                return n;
            }
        }
        throw new AssertionError("no port " + port);
    }
}
