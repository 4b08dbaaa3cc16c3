package org.huzhu.claims.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.huzhu.plans.api.PlanView;
import org.junit.jupiter.api.Test;

/** A claim's codes as the reader sees them, from the module's own translation files. */
class ClaimWordsTest {

    private static final PlanView ACCIDENT = new PlanView("accident-injury", "意外伤害互助保障计划",
            "Accident injury mutual aid plan", true, null, null, List.of(),
            List.of(new PlanView.ClaimDocumentView("accident-report", "意外事故证明或伤残鉴定", "accident report or disability assessment")));

    private final ClaimWords zh = words(Locale.SIMPLIFIED_CHINESE, "i18n/messages_zh_CN.properties");
    private final ClaimWords en = words(Locale.ENGLISH, "i18n/messages_en.properties");

    @Test
    void plan_and_document_codes_become_the_plans_names_in_the_readers_language() {
        assertThat(zh.plan("accident-injury")).isEqualTo("意外伤害互助保障计划");
        assertThat(en.plan("accident-injury")).isEqualTo("Accident injury mutual aid plan");
        assertThat(zh.document("accident-injury", "accident-report")).isEqualTo("意外事故证明或伤残鉴定");
        assertThat(en.document("accident-injury", "accident-report")).isEqualTo("accident report or disability assessment");
    }

    @Test
    void every_check_code_and_outcome_has_words_in_both_languages() {
        for (String code : List.of("NO_ENROLMENT", "NOT_PAID", "NOT_ELIGIBLE", "DUPLICATE_RECEIPT", "DOCUMENTS_MISSING",
                "NOTHING_PAYABLE", "VALUATION", "REVIEW_SAMPLE", "REVIEW_AMOUNT", "MANUAL_REJECTION",
                "NOT_COVERED_ON_DATE", "WAITING_PERIOD", "NO_SUCH_BENEFIT", "DISEASE_NOT_COVERED", "COUNT_LIMIT",
                "CAP_REACHED", "MISSING_FACT")) {
            assertThat(zh.check(code)).as(code).doesNotMatch(".*[A-Z]{2,}_.*").isNotEqualTo(code);
            assertThat(en.check(code)).as(code).doesNotContain("_").isNotEqualTo(code);
        }
        for (String outcome : List.of("PASS", "REVIEW", "FAIL")) {
            assertThat(zh.outcome(outcome)).isNotEqualTo(outcome);
            assertThat(en.outcome(outcome)).isNotEqualTo(outcome);
        }
    }

    @Test
    void a_reason_written_in_both_languages_shows_the_readers_half_with_codes_in_words() {
        String missing = "缺少材料：意外事故证明或伤残鉴定 / documents missing: accident report";
        assertThat(zh.text(missing)).isEqualTo("缺少材料：意外事故证明或伤残鉴定");
        assertThat(en.text(missing)).isEqualTo("documents missing: accident report");
        assertThat(zh.text("MEMBER accident-injury/accident 2026-11-27")).isEqualTo("MEMBER 意外伤害互助保障计划/accident 2026-11-27");
        assertThat(zh.action("FILED")).isEqualTo("提交申请");
        assertThat(en.action("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    private static ClaimWords words(Locale locale, String file) {
        Properties texts = new Properties();
        try (var in = new InputStreamReader(ClaimWordsTest.class.getClassLoader().getResourceAsStream(file),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ClaimWords((key, params) -> {
            String pattern = texts.getProperty(key, key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        }, locale, Map.of(ACCIDENT.code(), ACCIDENT));
    }
}
