package org.huzhu.plans.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.huzhu.plans.domain.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A written plan file reads back as the same plan, for every shipped plan of both tenants. */
class PlanFileWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"beijing", "baoji"})
    void every_shipped_plan_survives_a_round_trip(String tenant) {
        for (Plan plan : ShippedPlans.of(tenant).values()) {
            String written = PlanFileWriter.write(plan);
            Plan read = PlanFileParser.parse(plan.code() + ".yaml", new StringReader(written));
            assertThat(read.versions()).as(plan.code()).hasSameSizeAs(plan.versions());
            for (int i = 0; i < plan.versions().size(); i++) {
                assertThat(read.versions().get(i)).as(plan.code() + " v" + (i + 1)).isEqualTo(plan.versions().get(i));
            }
            assertThat(read).isEqualTo(plan);
        }
    }
}
