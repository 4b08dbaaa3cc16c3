package org.huzhu.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One rule for every text: a pattern, with or without parameters, so an apostrophe is written '' and read once. */
class ModularI18NProviderTest {

    private final ModularI18NProvider words = new ModularI18NProvider();

    @Test
    void an_apostrophe_reads_once_with_and_without_parameters() {
        assertThat(words.getTranslation("shell.headquarters", Locale.ENGLISH))
                .isEqualTo("China Workers' Mutual Insurance Association (Headquarters)");
        assertThat(words.getTranslation("upload.limit.problems", Locale.ENGLISH, 50))
                .isEqualTo("More than 50 malformed lines; is it the bank's result file?");
    }

    @Test
    void a_missing_key_answers_itself_and_chinese_is_the_fallback() {
        assertThat(words.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
        assertThat(words.getTranslation("shell.headquarters", Locale.GERMAN)).doesNotContain("Workers");
    }

    @Test
    void a_year_reads_without_a_thousands_separator() {
        assertThat(words.getTranslation("calendar.stored.TENANT", Locale.SIMPLIFIED_CHINESE, 2027, 11, 6))
                .startsWith("2027 年的安排已保存");
        assertThat(words.getTranslation("calendar.stored.NATIONAL", Locale.ENGLISH, 2027, 1_000, 6))
                .contains("arrangement of 2027 is").contains("1,000 holidays");
    }
}
