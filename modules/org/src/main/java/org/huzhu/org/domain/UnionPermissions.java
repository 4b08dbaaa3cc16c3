package org.huzhu.org.domain;

import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;

/**
 * Who may do what with grassroots unions. The office admin reviews, changes clerks of and moves any union of
 * the tenant; an agency clerk reviews and changes clerks of the unions under their own agency office (whose path
 * is {@code callerPath}); grassroots clerks and office admins register. Paths are materialized ({@code /1/5/}).
 */
public final class UnionPermissions {

    private UnionPermissions() {
    }

    public static void requireMayRegister(Caller caller) {
        if (!caller.has(Role.OFFICE_ADMIN) && !caller.has(Role.GRASSROOTS_CLERK)) {
            throw new AccessDeniedException("only grassroots clerks and the office admin register unions");
        }
    }

    /** Reviewers at all: the office admin and agency clerks. */
    public static boolean isReviewer(Caller caller) {
        return caller.has(Role.OFFICE_ADMIN) || caller.has(Role.AGENCY_CLERK);
    }

    public static void requireReviewer(Caller caller) {
        if (!isReviewer(caller)) {
            throw new AccessDeniedException("only the office admin and agency clerks review unions");
        }
    }

    /** Whether the caller reviews (and changes the clerk of) the union at {@code unionPath}. */
    public static boolean mayReview(Caller caller, String callerPath, String unionPath) {
        if (caller.has(Role.OFFICE_ADMIN)) {
            return true;
        }
        return caller.has(Role.AGENCY_CLERK) && callerPath != null && !callerPath.isEmpty()
                && !callerPath.equals(unionPath) && unionPath.startsWith(callerPath);
    }

    public static void requireMayMove(Caller caller) {
        if (!caller.has(Role.OFFICE_ADMIN)) {
            throw new AccessDeniedException("only the office admin moves a union to another agency office");
        }
    }
}
