package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Members' job flags from an Excel list over HTTP, as an agency clerk sends it: a list with any bad row (an ID from a
 * number cell, full-width digits, a malformed ID, a member named twice, a flag cell neither 是 nor 否) changes nobody
 * and names every row, column and rule; a clean list sets and clears the flags named and keeps those left empty; a
 * clerk of another union does not find these members.
 */
class JobFlagImportIT {

    private static final String[] HEADER = {"身份证号", "姓名", "户外作业", "高温作业", "劳动模范"};
    private static ClaimFixture union;

    @BeforeAll
    static void aUnionOfSixUnderBjDc() throws Exception {
        Platform.awaitReady();
        // a seed of its own per run (10,000..18,999: clear of the other fixtures' seeds)
        union = new ClaimFixture(10_000 + (int) (System.currentTimeMillis() / 1000 % 9_000));
    }

    /** A sheet with the header and these rows: a String is a text cell, a Double a number cell, null no cell. */
    static byte[] workbook(List<Object[]> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet();
            var first = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                first.createCell(i).setCellValue(HEADER[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).length; i++) {
                    Object value = rows.get(r)[i];
                    if (value instanceof Double number) {
                        row.createCell(i).setCellValue(number);
                    } else if (value != null) {
                        row.createCell(i).setCellValue((String) value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static Api.Reply upload(String user, byte[] file) {
        return EnrolmentImportIT.send(user, "POST", "/api/v1/job-flag-imports", HttpRequest.BodyPublishers.ofByteArray(file),
                CampaignsIT.XLSX);
    }

    /** The member's flags as the table holds them, e.g. "OUTDOOR,MODEL_WORKER" (empty: none). */
    static String flags(int i) throws Exception {
        return EnrolmentImportIT.text("SELECT CONCAT_WS(',', IF(outdoor_worker, 'OUTDOOR', NULL), "
                + "IF(high_temperature, 'HIGH_TEMPERATURE', NULL), IF(front_line, 'FRONT_LINE', NULL), "
                + "IF(model_worker, 'MODEL_WORKER', NULL)) FROM member WHERE id = " + union.members.get(i));
    }

    private static String fullWidth(String id) {
        StringBuilder wide = new StringBuilder();
        id.chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
        return wide.toString();
    }

    @Test
    void a_list_with_any_bad_row_changes_nobody_and_names_every_row_column_and_rule_then_a_clean_list_sets_the_flags()
            throws Exception {
        List<String> ids = union.nationalIds;
        // a digits-only ID as Excel keeps it in a number cell (15 significant digits)
        String digits = ids.stream().filter(id -> !id.endsWith("X")).findFirst().orElseThrow();
        Api.Reply bad = upload("beijing-agency-clerk", workbook(List.of(
                new Object[] {ids.get(0), "理赔甲", "是", "", "否"},
                new Object[] {Double.parseDouble(digits), "理赔乙", "是", null, null},
                new Object[] {fullWidth(ids.get(2)), "理赔丙", "是", null, null},
                new Object[] {"110101199001011234", "无名", "是", null, null},
                new Object[] {ids.get(3), "理赔丁", "Y", "是", null},
                new Object[] {ids.get(0), "理赔甲", null, "是", null})));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("changed").asInt()).isZero();
        List<String> problems = new ArrayList<>();
        bad.json().get("problems").forEach(p -> problems.add(p.get("row").asInt() + ":" + p.get("field").asText() + ":"
                + p.get("rule").asText()));
        assertThat(problems).containsExactly("3:idNumber:EXCEL_NUMBER", "4:idNumber:ID_FULL_WIDTH",
                "5:idNumber:ID_INVALID", "6:OUTDOOR:FLAG_VALUE", "7:idNumber:DUPLICATE_ROW");
        JsonNode flagValue = bad.json().get("problems").get(3);
        assertThat(flagValue.get("zh").asText()).contains("户外作业").contains("是").contains("否");
        assertThat(flagValue.get("en").asText()).contains("户外作业");
        assertThat(bad.json().get("problems").get(1).get("zh").asText()).contains("全角");
        for (int i = 0; i < 4; i++) {
            assertThat(flags(i)).as("nothing written from a list with problems").isEmpty();
        }

        Api.Reply good = upload("beijing-agency-clerk", workbook(List.of(
                new Object[] {ids.get(0), "理赔甲", "是", "是", null},
                new Object[] {ids.get(1), "理赔乙", "", "", "是"},
                new Object[] {ids.get(2), "理赔丙", "否", null, "否"})));
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.json().get("rows").asInt()).isEqualTo(3);
        assertThat(good.json().get("changed").asInt()).as("the third member had none to clear").isEqualTo(2);
        assertThat(flags(0)).isEqualTo("OUTDOOR,HIGH_TEMPERATURE");
        assertThat(flags(1)).isEqualTo("MODEL_WORKER");
        assertThat(flags(2)).isEmpty();

        // 否 clears, an empty cell keeps: the first member stays outdoor, no longer high temperature
        Api.Reply cleared = upload("beijing-admin", workbook(List.<Object[]>of(
                new Object[] {ids.get(0), "理赔甲", "", "否", null})));
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("changed").asInt()).isEqualTo(1);
        assertThat(flags(0)).isEqualTo("OUTDOOR");

        // BJ-DC-001's clerk does not see this union's members: unknown to them, nothing written
        Api.Reply outside = upload("beijing-grassroots-clerk", workbook(List.<Object[]>of(
                new Object[] {ids.get(4), "理赔戊", "是", null, null})));
        assertThat(outside.status()).as(outside.body()).isEqualTo(400);
        assertThat(outside.json().get("problems").get(0).get("rule").asText()).isEqualTo("UNKNOWN_MEMBER");
        assertThat(flags(4)).isEmpty();

        Api.Reply template = EnrolmentImportIT.send("beijing-agency-clerk", "GET", "/api/v1/job-flag-template",
                HttpRequest.BodyPublishers.noBody(), null);
        assertThat(template.status()).isEqualTo(200);
    }
}
