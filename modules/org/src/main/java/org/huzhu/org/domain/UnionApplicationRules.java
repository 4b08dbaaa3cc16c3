package org.huzhu.org.domain;

import java.util.regex.Pattern;
import org.huzhu.kernel.identity.CreditCode;
import org.huzhu.org.api.UnionApplication;
import org.huzhu.tenancy.api.Refused;

/**
 * The field rules of a registration, checked before anything is looked up. Each refusal is a {@link Refused}
 * naming the field, with a message key ({@code org.refused.*}) and its parameters, put into the reader's language
 * by the REST answer and the portal.
 */
public final class UnionApplicationRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_HEADCOUNT = 1_000_000;
    public static final int MAX_REASON = 500;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

    private UnionApplicationRules() {
    }

    /** The application with its fields trimmed and the credit code in canonical form. */
    public static UnionApplication check(UnionApplication application) {
        if (application == null) {
            throw Refused.badInput("body", "org.refused.bodyRequired");
        }
        String name = application.name() == null ? "" : application.name().strip();
        if (name.isEmpty()) {
            throw Refused.badInput("name", "org.refused.nameRequired");
        }
        if (name.length() > MAX_NAME) {
            throw Refused.badInput("name", "org.refused.nameTooLong", MAX_NAME);
        }
        CreditCode.Problem problem = CreditCode.problem(application.creditCode());
        if (problem != null) {
            throw Refused.badInput("creditCode", "org.refused.creditCode." + problem.rule(), problem.figure());
        }
        Integer headcount = application.headcount();
        if (headcount == null || headcount < 1 || headcount > MAX_HEADCOUNT) {
            throw Refused.badInput("headcount", "org.refused.headcount", MAX_HEADCOUNT);
        }
        String clerk = clerkUsername(application.clerkUsername());
        String parent = application.parentCode() == null ? "" : application.parentCode().strip();
        if (!application.direct() && parent.isEmpty()) {
            throw Refused.badInput("parentCode", "org.refused.parentRequired");
        }
        return new UnionApplication(name, CreditCode.normalise(application.creditCode()), headcount, clerk,
                application.direct() ? null : parent, application.direct());
    }

    /** A clerk's login: 2 to 64 letters, digits and {@code . _ @ -}. */
    public static String clerkUsername(String raw) {
        String clerk = raw == null ? "" : raw.strip();
        if (!USERNAME.matcher(clerk).matches()) {
            throw Refused.badInput("clerkUsername", "org.refused.clerkUsername");
        }
        return clerk;
    }

    public static String rejectionReason(String raw) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty()) {
            throw Refused.badInput("reason", "org.refused.reasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            throw Refused.badInput("reason", "org.refused.reasonTooLong", MAX_REASON);
        }
        return reason;
    }
}
