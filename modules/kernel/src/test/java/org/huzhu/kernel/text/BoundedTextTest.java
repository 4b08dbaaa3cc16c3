package org.huzhu.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedTextTest {

    @Test
    void short_text_is_kept_as_it_is() {
        assertThat(BoundedText.cut("张三", 10)).isEqualTo("张三");
        assertThat(BoundedText.cut(null, 10)).isNull();
    }

    @Test
    void long_text_is_cut_to_the_limit_with_an_ellipsis_never_inside_a_character() {
        String cut = BoundedText.cut("😀".repeat(10_000), 300);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(300);
        assertThat(cut).endsWith("…").doesNotContain("\uFFFD");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }
}
