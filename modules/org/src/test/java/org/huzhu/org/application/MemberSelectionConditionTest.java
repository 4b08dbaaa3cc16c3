package org.huzhu.org.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.MemberCriteria;
import org.junit.jupiter.api.Test;

class MemberSelectionConditionTest {

    @Test
    void criteria_become_one_condition_naming_only_what_they_restrict() {
        String open = MemberSelectionService.where(new MemberCriteria("/1/", null, null, null, Set.of(), null));
        assertThat(open).isEqualTo("m.status = 'ACTIVE' and m.orgPath like :path and m.orgPath like :subtree");

        String summer = MemberSelectionService.where(new MemberCriteria("/1/5/", Gender.FEMALE, LocalDate.of(1965, 7, 2),
                LocalDate.of(2008, 7, 1), Set.of(JobFlag.OUTDOOR, JobFlag.GIG_WORKER), List.of(3L)));
        assertThat(summer).contains(" and m.gender = :gender", " and m.birthDate >= :bornFrom",
                " and m.birthDate <= :bornTo", " and (m.outdoorWorker = true or m.gigWorker = true)",
                " and m.id in :within");
    }
}
