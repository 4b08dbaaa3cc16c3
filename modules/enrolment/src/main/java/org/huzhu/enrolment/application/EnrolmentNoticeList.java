package org.huzhu.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.huzhu.enrolment.domain.EnrolmentImport;
import org.huzhu.org.api.MemberPhones;
import org.huzhu.org.api.NoticeContact;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.tenancy.api.Notice;
import org.huzhu.tenancy.api.NoticeList;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * The enrolment notices of one chunk, plan and number of units of a list ({@link EnrolmentWriter} queues them as one
 * outbox row), built when the dispatcher sends them: "enrolled in plan P, n units, cover from ... to ..., effective
 * once the fee is paid", to each member's phone, ID masked. Reference of a list:
 * {@code enrolment-list:<import>:<rows>:<plan>:<units>:<term end>}, so that only the members' contacts are read to
 * build it (reading the 2,000 enrolments again took as long). A list queued before the units and term end were in
 * its reference ({@code enrolment-list:<import>:<rows>:<plan>}) reads them from its enrolments.
 */
@ApplicationScoped
public class EnrolmentNoticeList implements NoticeList {

    static final String PREFIX = "enrolment-list:";

    @Inject
    TenantEntityManager entityManager;

    @Inject
    MemberPhones phones;

    @Inject
    PlanCatalog catalog;

    static String reference(long importId, int processed, String planCode, int units, LocalDate termEnd) {
        return PREFIX + importId + ":" + processed + ":" + planCode + ":" + units + ":" + termEnd;
    }

    @Override
    public String kind() {
        return EnrolmentWriter.NOTICE_KIND;
    }

    @Override
    public List<Notice> notices(String reference, List<Long> memberIds) {
        String[] parts = reference.substring(PREFIX.length()).split(":");
        long importId = Long.parseLong(parts[0]);
        String plan = parts[2];
        EnrolmentImport job = entityManager.get().find(EnrolmentImport.class, importId);
        if (job == null || memberIds.isEmpty()) {
            return List.of();
        }
        LocalDate termStart = job.termStart();
        String planName = catalog.enrolmentRules().term(plan, termStart).map(t -> t.planNameZh()).orElse(plan);
        Map<Long, NoticeContact> contacts = phones.contacts(memberIds);
        List<Notice> notices = new ArrayList<>();
        if (parts.length == 5) {
            int units = Integer.parseInt(parts[3]);
            LocalDate termEnd = LocalDate.parse(parts[4]);
            memberIds.stream().map(contacts::get).filter(Objects::nonNull)
                    .forEach(m -> notices.add(notice(m, plan, planName, units, termStart, termEnd)));
            return notices;
        }
        entityManager.get().createQuery("select e.memberId, e.units, e.termEnd from Enrolment e where e.importId = :id"
                        + " and e.planCode = :plan and e.memberId in :members", Object[].class)
                .setParameter("id", importId).setParameter("plan", plan).setParameter("members", memberIds)
                .getResultList().forEach(r -> {
                    NoticeContact member = contacts.get((Long) r[0]);
                    if (member != null) {
                        notices.add(notice(member, plan, planName, (Integer) r[1], termStart, (LocalDate) r[2]));
                    }
                });
        return notices;
    }

    static Notice notice(NoticeContact member, String plan, String planName, int units, LocalDate termStart,
                         LocalDate termEnd) {
        String body = "【职工互助】" + member.name() + "（身份证" + member.idNumberMasked() + "）已参加" + planName + units
                + "份，保障期" + termStart + "至" + termEnd + "，会费缴清后生效。";
        return new Notice(member.memberId(), EnrolmentWriter.NOTICE_KIND, "enrolment:" + member.memberId() + ":" + plan
                + ":" + termStart, member.phoneCipher(), body);
    }
}
