package org.huzhu.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.huzhu.kernel.identity.CreditCode;
import org.junit.jupiter.api.Test;

class RandomCreditCodeTest {

    @Test
    void generated_codes_are_union_codes_of_the_region_that_the_validator_accepts() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            String code = RandomCreditCode.random("610302", random);
            assertThat(code).hasSize(18).startsWith("81610302").matches("[0-9A-HJ-NPQRTUWXY]{18}");
            assertThat(CreditCode.problem(code)).as(code).isNull();
        }
    }
}
