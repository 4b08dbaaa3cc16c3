package org.huzhu.campaigns.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.campaigns.api.distribution.JobFlagImport;
import org.huzhu.campaigns.api.distribution.JobFlagImports;
import org.huzhu.campaigns.domain.distribution.JobFlagListCheck;
import org.huzhu.campaigns.infrastructure.distribution.JobFlagWorkbook;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.MemberJobFlags;
import org.huzhu.org.api.MemberSelection;
import org.huzhu.tenancy.api.RetriedOnConflict;

/**
 * Job flags from an .xlsx list: read, checked whole ({@link JobFlagListCheck}) against the members the caller may see
 * (org's {@link MemberSelection}, subtree-limited), written only when no row has a problem, in one transaction, through
 * org's {@link MemberJobFlags} (the same write as {@code PUT /api/v1/members/{id}/job-flags}, subtree-checked again).
 * A list the database refuses for a conflict is written again whole: all it does is in the database.
 */
@ApplicationScoped
@RetriedOnConflict
public class JobFlagImporting implements JobFlagImports {

    @Inject
    NationalIdLookup nationalIds;

    @Inject
    MemberSelection selection;

    @Inject
    MemberJobFlags jobFlags;

    @Override
    public byte[] template() {
        return JobFlagWorkbook.template();
    }

    @Override
    @Transactional
    public JobFlagImport importList(byte[] workbook) {
        List<JobFlagListCheck.Row> rows = JobFlagWorkbook.read(workbook);
        Map<String, Long> byNationalId = nationalIds.members(rows.stream().filter(r -> !r.numberCell())
                .map(JobFlagListCheck.Row::idNumber).toList());
        Set<Long> ids = new HashSet<>(byNationalId.values());
        Map<Long, Set<JobFlag>> current = ids.isEmpty() ? Map.of() : selection.find(ids).values().stream()
                .collect(Collectors.toMap(s -> s.member().id(), MemberSelection.Selected::flags));
        JobFlagListCheck.Result result = JobFlagListCheck.check(rows, byNationalId, current, JobFlagWorkbook.COLUMNS);
        if (!result.clean()) {
            return new JobFlagImport(rows.size(), 0, result.problems());
        }
        int changed = 0;
        for (JobFlagListCheck.Accepted row : result.accepted()) {
            if (!row.flags().equals(current.get(row.memberId()))) {
                jobFlags.change(row.memberId(), row.flags());
                changed++;
            }
        }
        return new JobFlagImport(rows.size(), changed, List.of());
    }
}
