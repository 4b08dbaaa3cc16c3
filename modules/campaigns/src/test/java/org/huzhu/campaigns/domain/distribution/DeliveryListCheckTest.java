package org.huzhu.campaigns.domain.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.campaigns.api.distribution.DeliveryMethod;
import org.huzhu.campaigns.api.distribution.RowProblem;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Facts;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Person;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Result;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck.Row;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;
import org.junit.jupiter.api.Test;

class DeliveryListCheckTest {

    static final long AGENCY_DC = 5;
    static final long AGENCY_XC = 6;
    static final Map<Long, Person> PERSONS = new HashMap<>();

    static {
        for (long m = 1; m <= 6; m++) {
            PERSONS.put(m, new Person(m, "职工" + m, 20 + m, "/1/" + (m <= 4 ? AGENCY_DC : AGENCY_XC) + "/2" + m + "/",
                    m <= 4 ? AGENCY_DC : AGENCY_XC));
        }
    }

    private static Facts facts(Set<Long> served, Map<Long, Long> quotaLeft, long budget, long spent, DeliveryMethod m) {
        return facts(Map.of(), served, quotaLeft, budget, spent, m);
    }

    private static Facts facts(Map<String, Long> byId, Set<Long> served, Map<Long, Long> quotaLeft, long budget,
                               long spent, DeliveryMethod m) {
        return new Facts(byId, PERSONS, Set.of(1L, 2L, 3L, 4L, 5L), served, quotaLeft, budget, spent, 5_000, m);
    }

    private static Row member(int row, long id) {
        return new Row(row, id, null, false, null, null);
    }

    private static List<String> rules(Result r) {
        return r.problems().stream().map(p -> p.row() + ":" + p.rule()).toList();
    }

    @Test
    void nobody_is_served_twice_neither_across_lists_nor_within_one() {
        Result r = DeliveryListCheck.check(List.of(member(2, 1), member(3, 2), member(4, 1)),
                facts(Set.of(2L), Map.of(), 1_000_000, 0, DeliveryMethod.ON_SITE));
        assertThat(rules(r)).containsExactly("3:ALREADY_SERVED", "4:DUPLICATE_ROW");
        assertThat(r.problems().get(1).params()).containsExactly("2");
        assertThat(r.clean()).isFalse();
    }

    @Test
    void an_agency_office_serves_no_more_than_its_quota_and_other_offices_are_not_held_back() {
        Result r = DeliveryListCheck.check(List.of(member(2, 1), member(3, 2), member(4, 3), member(5, 5)),
                facts(Set.of(), Map.of(AGENCY_DC, 2L), 1_000_000, 0, DeliveryMethod.ON_SITE));
        assertThat(rules(r)).containsExactly("4:QUOTA_PASSED");
        assertThat(r.problems().get(0).params()).containsExactly("2");
        assertThat(r.accepted()).extracting(DeliveryListCheck.Accepted::memberId).containsExactly(1L, 2L, 5L);
    }

    @Test
    void spending_never_passes_the_budget_and_the_refusal_gives_the_figures() {
        Result r = DeliveryListCheck.check(List.of(member(2, 1), member(3, 2), member(4, 3)),
                facts(Set.of(), Map.of(), 20_000, 10_000, DeliveryMethod.ON_SITE));
        assertThat(rules(r)).containsExactly("4:BUDGET_PASSED");
        assertThat(r.problems().get(0).params()).containsExactly("200.00", "200.00", "50.00");
        assertThat(r.totalFen(5_000)).isEqualTo(10_000);
    }

    @Test
    void a_person_the_rules_missed_needs_a_reason_and_is_then_served() {
        Result refused = DeliveryListCheck.check(List.of(member(2, 6)),
                facts(Set.of(), Map.of(), 1_000_000, 0, DeliveryMethod.ON_SITE));
        assertThat(rules(refused)).containsExactly("2:NOT_ELIGIBLE");
        Result added = DeliveryListCheck.check(List.of(new Row(2, 6L, null, false, null, "高温岗位，档案未标注")),
                facts(Set.of(), Map.of(), 1_000_000, 0, DeliveryMethod.ON_SITE));
        assertThat(added.clean()).isTrue();
        assertThat(added.accepted().get(0).reason()).isEqualTo("高温岗位，档案未标注");
    }

    @Test
    void a_courier_campaign_needs_a_well_formed_tracking_number() {
        Result r = DeliveryListCheck.check(List.of(member(2, 1), new Row(3, 2L, null, false, "SF 123", null),
                        new Row(4, 3L, null, false, "SF1234567890", null)),
                facts(Set.of(), Map.of(), 1_000_000, 0, DeliveryMethod.COURIER));
        assertThat(rules(r)).containsExactly("2:TRACKING_REQUIRED", "3:TRACKING_FORMAT");
        assertThat(r.accepted()).extracting(DeliveryListCheck.Accepted::trackingNo).containsExactly("SF1234567890");
    }

    @Test
    void a_list_by_national_id_reports_every_bad_row_with_its_field() {
        String known = NationalId.compose("110101", LocalDate.of(1985, 3, 4), 12, Gender.MALE).value();
        String stranger = NationalId.compose("110101", LocalDate.of(1986, 3, 4), 13, Gender.MALE).value();
        List<Row> rows = List.of(new Row(2, null, known, false, null, null),
                new Row(3, null, "", false, null, null),
                new Row(4, null, "1.10101198503e+17", true, null, null),
                new Row(5, null, "110101198503041234", false, null, null),
                new Row(6, null, stranger, false, null, null));
        Result r = DeliveryListCheck.check(rows, facts(Map.of(known, 1L), Set.of(), Map.of(), 1_000_000, 0,
                DeliveryMethod.ON_SITE));
        assertThat(rules(r)).containsExactly("3:REQUIRED", "4:EXCEL_NUMBER", "5:ID_INVALID", "6:UNKNOWN_MEMBER");
        assertThat(r.problems()).extracting(RowProblem::field).containsOnly("idNumber");
        assertThat(r.accepted()).extracting(DeliveryListCheck.Accepted::memberId).containsExactly(1L);
    }
}
