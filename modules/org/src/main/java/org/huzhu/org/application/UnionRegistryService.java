package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huzhu.org.api.OrgUnitEventKind;
import org.huzhu.org.api.OrgUnitEventView;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitStatus;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.org.api.UnionApplication;
import org.huzhu.org.api.UnionRegistration;
import org.huzhu.org.api.UnionRegistry;
import org.huzhu.org.domain.OrgUnit;
import org.huzhu.org.domain.OrgUnitEvent;
import org.huzhu.org.domain.UnionApplicationRules;
import org.huzhu.org.domain.UnionCodes;
import org.huzhu.org.domain.UnionPermissions;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.Refused;

/**
 * Registration, review, clerk changes and moves of grassroots unions, each write in one transaction with its
 * line of history. A union the caller may not see is "not found", as everywhere in the org module.
 */
@ApplicationScoped
public class UnionRegistryService implements UnionRegistry {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantContext context;

    @Inject
    CallerSubtree subtree;

    @Override
    @Transactional
    public UnionRegistration register(UnionApplication raw) {
        Caller caller = context.requireCaller();
        context.tenant();
        UnionPermissions.requireMayRegister(caller);
        UnionApplication application = UnionApplicationRules.check(raw);
        EntityManager em = entityManager.get();
        OrgUnit parent = application.direct() ? cityOffice() : agencyOffice(application.parentCode(), "parentCode");
        List<OrgUnit> holders = em.createQuery("select u from OrgUnit u where u.creditCode = :code "
                        + "and u.status <> :rejected", OrgUnit.class)
                .setParameter("code", application.creditCode()).setParameter("rejected", OrgUnitStatus.REJECTED)
                .getResultList();
        if (!holders.isEmpty()) {
            throw Refused.badInput("creditCode", "org.refused.creditCodeTaken", holders.get(0).code());
        }
        String prefix = UnionCodes.prefix(parent.code(), application.direct());
        List<String> taken = em.createQuery("select u.code from OrgUnit u where u.code like :prefix", String.class)
                .setParameter("prefix", MemberDirectoryService.escapeLike(prefix) + "%").getResultList();
        LocalDateTime now = now();
        OrgUnit union = OrgUnit.registered(UnionCodes.next(parent.code(), application.direct(), taken),
                application.name(), application.creditCode(), application.headcount(), application.clerkUsername(),
                parent, caller.username(), now);
        em.persist(union);
        em.flush();
        union.placeUnder(parent);
        em.persist(new OrgUnitEvent(union.id(), OrgUnitEventKind.REGISTERED, null, parent.code(), caller.username(),
                now));
        return union.toRegistration(parent);
    }

    @Override
    public List<OrgUnitView> parentChoices() {
        context.requireCaller();
        return entityManager.get().createQuery("select u from OrgUnit u where u.kind in :kinds and u.status = :active "
                        + "order by u.path", OrgUnit.class)
                .setParameter("kinds", List.of(OrgUnitKind.CITY_OFFICE, OrgUnitKind.AGENCY_OFFICE))
                .setParameter("active", OrgUnitStatus.ACTIVE)
                .getResultList().stream().map(OrgUnit::toView).toList();
    }

    @Override
    public List<UnionRegistration> registrations(OrgUnitStatus status) {
        Caller caller = context.requireCaller();
        EntityManager em = entityManager.get();
        List<OrgUnit> units;
        if (UnionPermissions.isReviewer(caller)) {
            units = em.createQuery("select u from OrgUnit u where u.kind = :kind and u.status = :status "
                            + "and u.path like :subtree order by u.id", OrgUnit.class)
                    .setParameter("kind", OrgUnitKind.GRASSROOTS_UNION).setParameter("status", status)
                    .setParameter("subtree", subtree.likePattern()).getResultList();
        } else {
            UnionPermissions.requireMayRegister(caller);
            units = em.createQuery("select u from OrgUnit u where u.kind = :kind and u.status = :status "
                            + "and u.registeredBy = :me order by u.id", OrgUnit.class)
                    .setParameter("kind", OrgUnitKind.GRASSROOTS_UNION).setParameter("status", status)
                    .setParameter("me", caller.username()).getResultList();
        }
        Map<Long, OrgUnit> parents = parentsOf(units);
        return units.stream().map(u -> u.toRegistration(parents.get(u.parentId()))).toList();
    }

    @Override
    public UnionRegistration find(long unionId) {
        OrgUnit union = visibleUnion(unionId);
        return union.toRegistration(parentOf(union));
    }

    @Override
    @Transactional
    public UnionRegistration approve(long unionId) {
        Caller caller = context.requireCaller();
        OrgUnit union = reviewableUnion(caller, unionId);
        LocalDateTime now = now();
        union.approve(caller.username(), now);
        entityManager.get().persist(new OrgUnitEvent(union.id(), OrgUnitEventKind.APPROVED, OrgUnitStatus.PENDING.name(),
                OrgUnitStatus.ACTIVE.name(), caller.username(), now));
        return union.toRegistration(parentOf(union));
    }

    @Override
    @Transactional
    public UnionRegistration reject(long unionId, String reason) {
        Caller caller = context.requireCaller();
        String why = UnionApplicationRules.rejectionReason(reason);
        OrgUnit union = reviewableUnion(caller, unionId);
        union.reject(why);
        entityManager.get().persist(new OrgUnitEvent(union.id(), OrgUnitEventKind.REJECTED,
                OrgUnitStatus.PENDING.name(), why, caller.username(), now()));
        return union.toRegistration(parentOf(union));
    }

    @Override
    @Transactional
    public UnionRegistration changeClerk(long unionId, String clerkUsername) {
        Caller caller = context.requireCaller();
        String clerk = UnionApplicationRules.clerkUsername(clerkUsername);
        OrgUnit union = reviewableUnion(caller, unionId);
        if (union.status() == OrgUnitStatus.REJECTED) {
            throw Refused.badInput("status", "org.refused.rejectedKeepsClerk");
        }
        String old = union.changeClerk(clerk);
        if (!clerk.equals(old)) {
            entityManager.get().persist(new OrgUnitEvent(union.id(), OrgUnitEventKind.CLERK_CHANGED, old, clerk,
                    caller.username(), now()));
        }
        return union.toRegistration(parentOf(union));
    }

    @Override
    @Transactional
    public UnionRegistration move(long unionId, String newParentCode) {
        Caller caller = context.requireCaller();
        context.tenant();
        UnionPermissions.requireMayMove(caller);
        String code = newParentCode == null ? "" : newParentCode.strip();
        if (code.isEmpty()) {
            throw Refused.badInput("newParentCode", "org.refused.newParentRequired");
        }
        OrgUnit union = visibleUnion(unionId);
        if (union.status() == OrgUnitStatus.REJECTED) {
            throw Refused.badInput("status", "org.refused.rejectedCannotMove");
        }
        OrgUnit from = parentOf(union);
        OrgUnit to = parentByCode(code);
        if (to.id().equals(union.parentId())) {
            throw Refused.badInput("newParentCode", "org.refused.alreadyUnder", to.code());
        }
        EntityManager em = entityManager.get();
        String oldPath = union.placeUnder(to);
        // Members hang off grassroots unions only, so their org_path is the union's path. Tenant-filtered.
        em.createQuery("update Member m set m.orgPath = :newPath where m.orgPath = :oldPath")
                .setParameter("newPath", union.path()).setParameter("oldPath", oldPath).executeUpdate();
        em.persist(new OrgUnitEvent(union.id(), OrgUnitEventKind.MOVED, from == null ? null : from.code(), to.code(),
                caller.username(), now()));
        return union.toRegistration(to);
    }

    @Override
    public List<OrgUnitEventView> history(long unionId) {
        OrgUnit union = visibleUnion(unionId);
        return entityManager.get().createQuery("select e from OrgUnitEvent e where e.orgUnitId = :id order by e.id",
                        OrgUnitEvent.class)
                .setParameter("id", union.id()).getResultList().stream().map(OrgUnitEvent::toView).toList();
    }

    /** A grassroots union the caller may see: in their subtree, or registered by them, or theirs as clerk. */
    private OrgUnit visibleUnion(long unionId) {
        Caller caller = context.requireCaller();
        OrgUnit union = entityManager.get().find(OrgUnit.class, unionId);
        if (union == null || union.kind() != OrgUnitKind.GRASSROOTS_UNION || !(seesSubtree(caller, union)
                || caller.username().equals(union.registeredBy()) || caller.username().equals(union.clerkUsername()))) {
            throw new NoSuchElementException("no grassroots union " + unionId);
        }
        return union;
    }

    private boolean seesSubtree(Caller caller, OrgUnit union) {
        if (caller.seesWholeTenant()) {
            return true;
        }
        try {
            return subtree.covers(union.path());
        } catch (AccessDeniedException notAClerk) {
            return false;
        }
    }

    private OrgUnit reviewableUnion(Caller caller, long unionId) {
        UnionPermissions.requireReviewer(caller);
        OrgUnit union = visibleUnion(unionId);
        String callerPath = caller.seesWholeTenant() ? "/" : subtree.pathPrefix();
        if (!UnionPermissions.mayReview(caller, callerPath, union.path())) {
            throw new AccessDeniedException("only the office admin or the union's own agency office reviews it");
        }
        return union;
    }

    private OrgUnit cityOffice() {
        return entityManager.get().createQuery("select u from OrgUnit u where u.kind = :kind order by u.id",
                        OrgUnit.class)
                .setParameter("kind", OrgUnitKind.CITY_OFFICE).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the tenant has no city office"));
    }

    private OrgUnit agencyOffice(String code, String field) {
        OrgUnit unit = unitByCode(code, field);
        if (unit.kind() != OrgUnitKind.AGENCY_OFFICE) {
            throw Refused.badInput(field, "org.refused.notAgency", code);
        }
        return unit;
    }

    private OrgUnit parentByCode(String code) {
        OrgUnit unit = unitByCode(code, "newParentCode");
        if (unit.kind() == OrgUnitKind.GRASSROOTS_UNION) {
            throw Refused.badInput("newParentCode", "org.refused.notAgencyOrOffice", code);
        }
        return unit;
    }

    private OrgUnit unitByCode(String code, String field) {
        OrgUnit unit = entityManager.get().createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> Refused.badInput(field, "org.refused.noUnit", code));
        if (unit.status() != OrgUnitStatus.ACTIVE) {
            throw Refused.badInput(field, "org.refused.notActive", code);
        }
        return unit;
    }

    private OrgUnit parentOf(OrgUnit union) {
        return union.parentId() == null ? null : entityManager.get().find(OrgUnit.class, union.parentId());
    }

    private Map<Long, OrgUnit> parentsOf(List<OrgUnit> units) {
        List<Long> ids = units.stream().map(OrgUnit::parentId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.get().createQuery("select u from OrgUnit u where u.id in :ids", OrgUnit.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(CHINA);
    }
}
