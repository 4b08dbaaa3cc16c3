package org.huzhu.org.api;

import java.util.List;

/**
 * Grassroots unions register in their tenant's portal and are reviewed: the office admin reviews every
 * registration of the tenant, an agency clerk those under their own agency office. Clerks can be changed and
 * a union can move under another agency office (or to direct enrolment) keeping its id and its history.
 *
 * <p>Refusals: {@link IllegalArgumentException} whose message starts with the field and gives the rule in
 * Chinese and English; {@code AccessDeniedException} (tenancy api) when the caller may not do this at all;
 * {@link java.util.NoSuchElementException} when the union is not in the caller's tenant or not theirs to see.
 */
public interface UnionRegistry {

    /** Grassroots clerks and office admins: a PENDING union with a new code under its parent. */
    UnionRegistration register(UnionApplication application);

    /** Agency offices and the city office a union may register or move under: active, the city office first. */
    List<OrgUnitView> parentChoices();

    /**
     * Registrations with this status that the caller reviews (office admin: the tenant, agency clerk: their
     * agency office); for a grassroots clerk, the ones they registered themselves.
     */
    List<UnionRegistration> registrations(OrgUnitStatus status);

    UnionRegistration find(long unionId);

    UnionRegistration approve(long unionId);

    UnionRegistration reject(long unionId, String reason);

    UnionRegistration changeClerk(long unionId, String clerkUsername);

    /**
     * Office admin only: the union goes under another agency office, or under the city office (direct
     * enrolment) when {@code newParentCode} is the city office's code. Its members' org paths follow in the same
     * transaction; id, code and history stay.
     */
    UnionRegistration move(long unionId, String newParentCode);

    /** The union's history, oldest first. */
    List<OrgUnitEventView> history(long unionId);
}
