package org.huzhu.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BilingualTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void a_two_language_line_shows_only_the_readers_half() {
        String line = "出险日会员未参加本计划 / no enrolment in the plan on the event date";
        assertThat(Bilingual.pick(line, ZH)).isEqualTo("出险日会员未参加本计划");
        assertThat(Bilingual.pick(line, EN)).isEqualTo("no enrolment in the plan on the event date");
    }

    @Test
    void the_halves_are_told_by_script_not_order() {
        assertThat(Bilingual.pick("auto-approved / 自动通过", ZH)).isEqualTo("自动通过");
        assertThat(Bilingual.pick("auto-approved / 自动通过", EN)).isEqualTo("auto-approved");
    }

    @Test
    void a_line_in_one_language_or_with_a_slash_of_its_own_stays_whole() {
        assertThat(Bilingual.pick("beijing-agency-clerk / beijing-claims-officer", EN))
                .isEqualTo("beijing-agency-clerk / beijing-claims-officer");
        assertThat(Bilingual.pick("每天30元/份", EN)).isEqualTo("每天30元/份");
        assertThat(Bilingual.pick(null, ZH)).isEmpty();
    }

    @Test
    void reason_codes_in_a_text_become_words_and_unknown_codes_stay() {
        Map<String, String> texts = Map.of("claims.check.REVIEW_SAMPLE", "随机抽查");
        String audit = "REVIEW_SAMPLE: 随机抽中人工审核（抽查比例 5%） / drawn for review (5% sample)";
        assertThat(Bilingual.words(audit, ZH, "claims.check.", k -> texts.getOrDefault(k, k)))
                .isEqualTo("随机抽查: 随机抽中人工审核（抽查比例 5%）");
        assertThat(Bilingual.words("SOME_CODE 未知", ZH, "claims.check.", k -> texts.getOrDefault(k, k)))
                .isEqualTo("SOME_CODE 未知");
    }
}
