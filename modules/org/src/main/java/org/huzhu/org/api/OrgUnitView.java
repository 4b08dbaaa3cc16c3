package org.huzhu.org.api;

/**
 * A node of the org tree. {@code path} lists the ids from the root, e.g. {@code /1/5/23/}. A grassroots union
 * that is still PENDING or was REJECTED is in the tree but is no union to enrol members in: see
 * {@link #isActive()}.
 */
public record OrgUnitView(long id, String code, String name, OrgUnitKind kind, Long parentId, String path,
                          Integer headcount, OrgUnitStatus status, String clerkUsername, boolean directEnrolment) {

    public boolean contains(OrgUnitView other) {
        return other.path.startsWith(path);
    }

    public boolean isActive() {
        return status == OrgUnitStatus.ACTIVE;
    }
}
