package org.huzhu.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Set;
import org.huzhu.kernel.identity.NationalId;
import org.junit.jupiter.api.Test;

class PersonFactoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void people_are_of_working_age_with_valid_unique_ids_from_the_region() {
        PersonFactory factory = new PersonFactory(42, "6103", "62151234", TODAY);
        Set<String> ids = new HashSet<>();
        int gigWorkers = 0;
        for (int i = 0; i < 50_000; i++) {
            PersonFactory.Person p = factory.next();
            assertThat(ids.add(p.id().value())).isTrue();
            assertThat(NationalId.parse(p.id().value())).isEqualTo(p.id());
            assertThat(p.id().regionCode()).startsWith("6103");
            assertThat(Period.between(p.id().birthDate(), TODAY).getYears()).isBetween(18, 60);
            assertThat(p.joinedOn()).isAfterOrEqualTo(p.id().birthDate().plusYears(18)).isBeforeOrEqualTo(TODAY);
            assertThat(p.phone()).matches("1[358]\\d{9}");
            assertThat(p.cardNo()).hasSize(19).startsWith("62151234").containsOnlyDigits();
            assertThat(p.name()).matches("\\p{IsHan}{2,3}");
            gigWorkers += p.gigWorker() ? 1 : 0;
        }
        assertThat(gigWorkers).isBetween(2_000, 3_000);
    }

    @Test
    void the_same_seed_makes_the_same_people() {
        PersonFactory a = new PersonFactory(7, "1101", "62150001", TODAY);
        PersonFactory b = new PersonFactory(7, "1101", "62150001", TODAY);
        for (int i = 0; i < 100; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void a_region_prefix_that_is_not_digits_is_refused() {
        assertThatThrownBy(() -> new PersonFactory(1, "BJ", "62150001", TODAY)).hasMessageContaining("2 to 6 digits");
    }
}
