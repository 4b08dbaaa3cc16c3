package org.huzhu.plans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.huzhu.plans.api.PlanView.BenefitView;
import org.junit.jupiter.api.Test;

/** The catalogue's rule lines read as sentences from the module's own translation files, in both languages. */
class RuleLinesTest {

    private static final RuleLines.Translations ZH = from("i18n/messages_zh_CN.properties");
    private static final RuleLines.Translations EN = from("i18n/messages_en.properties");

    private final BenefitView allowance = benefit(List.of("perDay=30.00", "deductibleDays=3", "maxDaysPerStay=30",
            "perStayCap=900.00", "yearlyCap=1800.00", "maxStaysPerYear=2"));

    @Test
    void a_daily_allowance_reads_as_sentences_never_as_name_value_pairs() {
        assertThat(RuleLines.of(allowance, ZH)).containsExactly("每天30.00元/份", "免赔3天", "每次最多30天",
                "每次最高900.00元", "年度最高1800.00元", "每年最多2次");
        assertThat(RuleLines.of(allowance, EN)).first().isEqualTo("30.00 yuan a day per unit");
        assertThat(RuleLines.of(allowance, EN)).noneMatch(line -> line.contains("="));
    }

    @Test
    void bands_grades_and_tiers_are_read_item_by_item() {
        BenefitView bands = benefit(List.of("deductible=1000.00", "bands=[1000.00-10000.00:50%, 10000.00-:70%]"));
        assertThat(RuleLines.of(bands, ZH)).containsExactly("起付线1000.00元",
                "分段给付：1000.00~10000.00元 50%，10000.00元以上 70%");
        assertThat(RuleLines.of(bands, EN).get(1)).isEqualTo("paid in bands: 1000.00–10000.00 yuan 50%, above 10000.00 yuan 70%");
        BenefitView tiers = benefit(List.of("tierMaxima=[10000.00, 20000.00]", "gradeShares={1=100, 10=10}"));
        assertThat(RuleLines.of(tiers, ZH)).containsExactly("各档最高10000.00/20000.00元", "伤残按等级给付：1级100%，10级10%");
    }

    @Test
    void a_rule_the_portal_has_no_sentence_for_stays_as_it_is() {
        assertThat(RuleLines.line("somethingNew=5", ZH)).isEqualTo("somethingNew=5");
    }

    private static BenefitView benefit(List<String> rules) {
        return new BenefitView("b", "kind", "名", "name", rules, List.of(), "0");
    }

    private static RuleLines.Translations from(String file) {
        Properties texts = new Properties();
        try (var in = new InputStreamReader(RuleLinesTest.class.getClassLoader().getResourceAsStream(file),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return (key, params) -> {
            String pattern = texts.getProperty(key, key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(params);
        };
    }
}
