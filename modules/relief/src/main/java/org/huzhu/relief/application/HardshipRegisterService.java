package org.huzhu.relief.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.org.api.CallerScope;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberView;
import org.huzhu.org.api.OrgTree;
import org.huzhu.relief.api.HardshipCategory;
import org.huzhu.relief.api.HardshipRegister;
import org.huzhu.relief.api.HardshipStatus;
import org.huzhu.relief.api.OutOfHardshipReason;
import org.huzhu.relief.domain.HardshipEvent;
import org.huzhu.relief.domain.HardshipFile;
import org.huzhu.relief.domain.HardshipLines;
import org.huzhu.relief.domain.HardshipMeasure;
import org.huzhu.relief.domain.HardshipVisit;
import org.huzhu.relief.domain.ReliefSettingsRow;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * The hardship register's use cases. Every file is read through {@link #visible}: a clerk outside the file's
 * subtree gets the same 404 as for a file that does not exist. Every change writes one {@link HardshipEvent} in
 * its own transaction.
 * A change the database refuses for a conflict (a deadlock, or Galera's certification) is made again whole: all it
 * does is in the database.
 */
@RequestScoped
@RetriedOnConflict
public class HardshipRegisterService implements HardshipRegister {

    @Inject
    TenantEntityManager entityManager;
    @Inject
    TenantContext context;
    @Inject
    CallerScope subtree;
    @Inject
    MemberDirectory members;
    @Inject
    OrgTree orgTree;
    @Inject
    PersonalDataProtector protector;
    @Inject
    HouseholdFiling filing;
    @Inject
    FileViews views;

    @Override
    @Transactional
    public FileView file(FileForm form) {
        HouseholdFiling.requireForm(form);
        MemberView member = members.find(form.memberId())
                .orElseThrow(() -> Refused.notFound("relief.refused.memberNotFound", String.valueOf(form.memberId())));
        String path = orgTree.find(member.orgUnitId()).orElseThrow().path();
        filing.refuseSecondFile(member.id(), form.household());
        HardshipFile file = new HardshipFile(member.id(), member.name(), path, form.modelWorker(), actor(), today());
        applyMeans(file, form.means(), 1 + form.household().size());
        entityManager.get().persist(file);
        entityManager.get().flush();
        filing.addHousehold(file.id(), form.household());
        record(file, "FILED", file.category().name());
        return views.of(file);
    }

    @Override
    @Transactional
    public FileView revise(long fileId, MeansForm means) {
        HouseholdFiling.requireMeans(means);
        HardshipFile file = open(fileId);
        applyMeans(file, means, file.householdSize());
        record(file, "REVISED", file.category().name());
        return views.of(file);
    }

    @Override
    @Transactional
    public FileView addMeasure(long fileId, MeasureForm measure) {
        HouseholdFiling.requireMeasure(measure);
        HardshipFile file = open(fileId);
        entityManager.get().persist(new HardshipMeasure(file.id(), measure.kind(), measure.takenOn(),
                measure.amountFen(), HouseholdFiling.note(measure.note()), actor()));
        record(file, "MEASURE", measure.kind().name());
        return views.of(file);
    }

    @Override
    @Transactional
    public FileView addVisit(long fileId, LocalDate visitedOn, String note) {
        HouseholdFiling.requireDate("visitedOn", visitedOn);
        HardshipFile file = open(fileId);
        entityManager.get().persist(new HardshipVisit(file.id(), visitedOn, actor(), HouseholdFiling.note(note)));
        record(file, "VISITED", visitedOn.toString());
        return views.of(file);
    }

    @Override
    @Transactional
    public FileView review(long fileId, LocalDate reviewedOn) {
        HouseholdFiling.requireDate("reviewedOn", reviewedOn);
        HardshipFile file = open(fileId);
        file.reviewed(reviewedOn);
        record(file, "REVIEWED", reviewedOn.toString());
        return views.of(file);
    }

    @Override
    @Transactional
    public FileView close(long fileId, LocalDate outOn, OutOfHardshipReason reason) {
        HouseholdFiling.requireDate("outOn", outOn);
        if (reason == null) {
            throw Refused.badInput("reason", "relief.refused.required");
        }
        HardshipFile file = open(fileId);
        file.close(outOn, reason);
        record(file, "CLOSED", reason.name());
        return views.of(file);
    }

    @Override
    public Optional<FileView> find(long fileId) {
        return visible(fileId).map(views::of);
    }

    @Override
    public List<FileView> list(HardshipStatus status, int offset, int limit) {
        jakarta.persistence.TypedQuery<HardshipFile> query = entityManager.get().createQuery(
                "select f from HardshipFile f where f.orgPath like :subtree"
                        + (status == null ? "" : " and f.status = :status") + " order by f.id desc", HardshipFile.class)
                .setParameter("subtree", subtree.likePattern());
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(offset).setMaxResults(Math.min(limit, 500)).getResultList().stream()
                .map(views::summary).toList();
    }

    @Override
    public List<FileView> reviewsDue(LocalDate on, int limit) {
        return entityManager.get().createQuery("select f from HardshipFile f where f.orgPath like :subtree "
                        + "and f.status = :in and f.reviewedOn <= :before order by f.reviewedOn, f.id", HardshipFile.class)
                .setParameter("subtree", subtree.likePattern()).setParameter("in", HardshipStatus.IN_HARDSHIP)
                .setParameter("before", on.minusYears(1)).setMaxResults(Math.min(limit, 500)).getResultList().stream()
                .map(views::summary).toList();
    }

    @Override
    public List<EventView> history(long fileId) {
        visible(fileId).orElseThrow(() -> Refused.notFound("relief.refused.fileNotFound", String.valueOf(fileId)));
        return entityManager.get().createQuery("select e from HardshipEvent e where e.fileId = :file order by e.id",
                        HardshipEvent.class).setParameter("file", fileId).getResultList().stream()
                .map(e -> new EventView(e.action(), e.actor(), e.at(), e.category(), e.status(), e.incomePerHeadFen(),
                        e.householdSize(), e.detail())).toList();
    }

    @Override
    public Set<Long> inHardship(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager.get().createQuery("select f.memberId from HardshipFile f "
                        + "where f.status = :in and f.memberId in :ids", Long.class)
                .setParameter("in", HardshipStatus.IN_HARDSHIP).setParameter("ids", memberIds).getResultList());
    }

    @Override
    public Settings settings() {
        HardshipLines lines = lines();
        return new Settings(lines.minimumLivingFen(), lines.illnessSharePercent());
    }

    @Override
    @Transactional
    public Settings changeSettings(Settings settings) {
        if (!context.requireCaller().has(Role.OFFICE_ADMIN)) {
            throw new AccessDeniedException("only the office admin sets the hardship lines");
        }
        if (settings == null || settings.minimumLivingFen() <= 0) {
            throw Refused.badInput("minimumLivingFen", "relief.refused.amount");
        }
        if (settings.illnessSharePercent() < 1 || settings.illnessSharePercent() > 1_000) {
            throw Refused.badInput("illnessSharePercent", "relief.refused.share");
        }
        HardshipLines lines = new HardshipLines(settings.minimumLivingFen(), settings.illnessSharePercent());
        settingsRow().ifPresentOrElse(r -> r.change(lines, actor()),
                () -> entityManager.get().persist(new ReliefSettingsRow(lines, actor())));
        return settings;
    }

    public HardshipLines lines() {
        return settingsRow().map(ReliefSettingsRow::lines).orElse(HardshipLines.DEFAULTS);
    }

    private Optional<ReliefSettingsRow> settingsRow() {
        return entityManager.get().createQuery("select s from ReliefSettingsRow s", ReliefSettingsRow.class)
                .getResultStream().findFirst();
    }

    private void applyMeans(HardshipFile file, MeansForm means, int size) {
        HardshipCategory category = lines().categorize(means.householdIncomeFen(), means.fixedCostsFen(),
                        means.illnessCostsFen(), size)
                .orElseThrow(() -> Refused.conflict("relief.refused.notInHardship",
                        org.huzhu.kernel.money.Money.ofFen(HardshipLines.incomePerHeadMonth(means.householdIncomeFen(),
                                means.fixedCostsFen(), size)).toString()));
        file.means(size, money(means.householdIncomeFen()), money(means.fixedCostsFen()),
                money(means.illnessCostsFen()), HardshipLines.incomePerHeadMonth(means.householdIncomeFen(),
                        means.fixedCostsFen(), size), category, means.causes());
    }

    private byte[] money(long fen) {
        return protector.encrypt(Long.toString(fen));
    }

    private Optional<HardshipFile> visible(long fileId) {
        return Optional.ofNullable(entityManager.get().find(HardshipFile.class, fileId))
                .filter(f -> subtree.covers(f.orgPath()));
    }

    /** A file the caller may change: visible and still in hardship. */
    private HardshipFile open(long fileId) {
        HardshipFile file = visible(fileId).orElseThrow(() -> Refused.notFound("relief.refused.fileNotFound", String.valueOf(fileId)));
        if (file.status() == HardshipStatus.OUT_OF_HARDSHIP) {
            throw Refused.conflict("relief.refused.fileClosed", String.valueOf(fileId), file.outOn().toString());
        }
        return file;
    }

    private void record(HardshipFile file, String action, String detail) {
        entityManager.get().persist(new HardshipEvent(file, action, actor(), LocalDateTime.now(), detail));
    }

    private String actor() {
        return context.requireCaller().username();
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
