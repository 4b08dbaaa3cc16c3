package org.huzhu.campaigns.domain.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.campaigns.api.distribution.RowProblem;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.org.api.JobFlag;
import org.junit.jupiter.api.Test;

/** A job-flag list: the person rules of a delivery list, each flag cell 是, 否 or empty (kept); every problem named. */
class JobFlagListCheckTest {

    static final String ANNA = NationalId.compose("110101", LocalDate.of(1985, 3, 4), 12, Gender.FEMALE).value();
    static final String BO = NationalId.compose("110101", LocalDate.of(1986, 5, 6), 13, Gender.MALE).value();
    static final String OUTSIDER = NationalId.compose("110228", LocalDate.of(1987, 7, 8), 15, Gender.MALE).value();
    static final Map<String, Long> IDS = Map.of(ANNA, 1L, BO, 2L, OUTSIDER, 3L);
    /** Anna and Bo are within the clerk's part; the outsider is a member elsewhere. */
    static final Map<Long, Set<JobFlag>> CURRENT = Map.of(1L, EnumSet.of(JobFlag.OUTDOOR), 2L, EnumSet.noneOf(JobFlag.class));
    static final Map<JobFlag, String> COLUMNS = Map.of(JobFlag.OUTDOOR, "户外作业", JobFlag.HIGH_TEMPERATURE, "高温作业",
            JobFlag.MODEL_WORKER, "劳动模范");

    static JobFlagListCheck.Row row(int n, String id, boolean numberCell, Object... flagsAndValues) {
        Map<JobFlag, String> cells = new EnumMap<>(JobFlag.class);
        for (int i = 0; i < flagsAndValues.length; i += 2) {
            cells.put((JobFlag) flagsAndValues[i], (String) flagsAndValues[i + 1]);
        }
        return new JobFlagListCheck.Row(n, id, numberCell, cells);
    }

    @Test
    void yes_sets_no_clears_and_an_empty_cell_or_a_missing_column_keeps_the_flag() {
        JobFlagListCheck.Result result = JobFlagListCheck.check(List.of(
                row(2, ANNA, false, JobFlag.OUTDOOR, "", JobFlag.HIGH_TEMPERATURE, "是"),
                row(3, " " + BO + " ", false, JobFlag.OUTDOOR, "否", JobFlag.MODEL_WORKER, " 是 ")),
                IDS, CURRENT, COLUMNS);
        assertThat(result.clean()).as(result.problems().toString()).isTrue();
        assertThat(result.accepted()).extracting(JobFlagListCheck.Accepted::flags).containsExactly(
                EnumSet.of(JobFlag.OUTDOOR, JobFlag.HIGH_TEMPERATURE), EnumSet.of(JobFlag.MODEL_WORKER));
        assertThat(result.accepted()).extracting(JobFlagListCheck.Accepted::memberId).containsExactly(1L, 2L);
    }

    @Test
    void every_bad_row_and_cell_is_named_and_nothing_is_accepted_from_them() {
        String fullWidth = ANNA.substring(0, 6) + "１９８５" + ANNA.substring(10);
        JobFlagListCheck.Result result = JobFlagListCheck.check(List.of(
                row(2, ANNA, false, JobFlag.OUTDOOR, "Y"),
                row(3, "1.10101198503041E17", true, JobFlag.OUTDOOR, "是"),
                row(4, fullWidth, false),
                row(5, OUTSIDER, false, JobFlag.OUTDOOR, "是"),
                row(6, "", false, JobFlag.OUTDOOR, "是"),
                row(7, BO, false, JobFlag.HIGH_TEMPERATURE, "是"),
                row(8, BO, false, JobFlag.HIGH_TEMPERATURE, "1", JobFlag.MODEL_WORKER, "否否")),
                IDS, CURRENT, COLUMNS);
        assertThat(result.problems()).extracting(p -> p.row() + ":" + p.field() + ":" + p.rule()).containsExactly(
                "2:OUTDOOR:FLAG_VALUE", "3:idNumber:EXCEL_NUMBER", "4:idNumber:ID_FULL_WIDTH", "5:idNumber:UNKNOWN_MEMBER",
                "6:idNumber:REQUIRED", "8:idNumber:DUPLICATE_ROW", "8:HIGH_TEMPERATURE:FLAG_VALUE",
                "8:MODEL_WORKER:FLAG_VALUE");
        assertThat(result.problems().get(0).params()).containsExactly("户外作业");
        assertThat(result.problems().stream().filter(p -> p.rule().equals("DUPLICATE_ROW")).map(RowProblem::params)
                .findFirst().orElseThrow()).containsExactly("7");
        assertThat(result.clean()).isFalse();
    }
}
