package org.huzhu.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void the_check_character_matches_a_published_code() {
        // Sample code from GB 32100-2015 explanations; its last character is the check character.
        assertThat(CreditCode.check("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void generated_codes_are_union_codes_of_the_region_with_a_valid_check() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            String code = CreditCode.random("610302", random);
            assertThat(code).hasSize(18).startsWith("81610302").matches("[0-9A-HJ-NPQRTUWXY]{18}");
            assertThat(code.charAt(17)).isEqualTo(CreditCode.check(code.substring(0, 17)));
        }
    }
}
