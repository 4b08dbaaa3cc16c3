package org.huzhu.org.api;

/** A node of the org tree. {@code path} lists the ids from the root, e.g. {@code /1/5/23/}. */
public record OrgUnitView(long id, String code, String name, OrgUnitKind kind, Long parentId, String path,
                          Integer headcount) {

    public boolean contains(OrgUnitView other) {
        return other.path.startsWith(path);
    }
}
