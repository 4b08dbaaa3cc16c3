package org.huzhu.org.domain;

import java.util.regex.Pattern;
import org.huzhu.kernel.identity.CreditCode;
import org.huzhu.org.api.UnionApplication;

/**
 * The field rules of a registration, checked before anything is looked up. Each refusal is an
 * {@link IllegalArgumentException} whose message starts with the field, then the rule in Chinese and English.
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
            throw new IllegalArgumentException("body: 登记内容必填 / the registration is required");
        }
        String name = application.name() == null ? "" : application.name().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name: 工会名称必填 / is required");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name: 工会名称最多" + MAX_NAME + "字 / must have at most " + MAX_NAME
                    + " characters");
        }
        String problem = CreditCode.problem(application.creditCode());
        if (problem != null) {
            throw new IllegalArgumentException("creditCode: 统一社会信用代码" + problem);
        }
        Integer headcount = application.headcount();
        if (headcount == null || headcount < 1 || headcount > MAX_HEADCOUNT) {
            throw new IllegalArgumentException("headcount: 职工人数应为1至" + MAX_HEADCOUNT + " / must be from 1 to "
                    + MAX_HEADCOUNT);
        }
        String clerk = clerkUsername(application.clerkUsername());
        String parent = application.parentCode() == null ? "" : application.parentCode().strip();
        if (!application.direct() && parent.isEmpty()) {
            throw new IllegalArgumentException("parentCode: 请选择上级代办处或直投办事处 / name the agency office, "
                    + "or choose direct enrolment with the city office");
        }
        return new UnionApplication(name, CreditCode.normalise(application.creditCode()), headcount, clerk,
                application.direct() ? null : parent, application.direct());
    }

    /** A clerk's login: 2 to 64 letters, digits and {@code . _ @ -}. */
    public static String clerkUsername(String raw) {
        String clerk = raw == null ? "" : raw.strip();
        if (!USERNAME.matcher(clerk).matches()) {
            throw new IllegalArgumentException("clerkUsername: 经办人登录名应为2至64位字母、数字或 . _ @ - / must be "
                    + "a login of 2 to 64 letters, digits or . _ @ -");
        }
        return clerk;
    }

    public static String rejectionReason(String raw) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("reason: 驳回理由必填 / is required");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason: 驳回理由最多" + MAX_REASON + "字 / must have at most "
                    + MAX_REASON + " characters");
        }
        return reason;
    }
}
