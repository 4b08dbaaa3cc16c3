package org.huzhu.org.api;

/**
 * A grassroots union's registration (基层工会登记) as its clerk or the office admin fills it in.
 *
 * @param name          the union's name, e.g. 北京某某科技有限公司工会
 * @param creditCode    its unified social credit code (统一社会信用代码, GB 32100)
 * @param headcount     the number of workers
 * @param clerkUsername the login of the union's clerk (经办人)
 * @param parentCode    the code of the agency office it registers under; ignored with {@code direct}
 * @param direct        direct enrolment (直投) with the city office, skipping the agency level
 */
public record UnionApplication(String name, String creditCode, Integer headcount, String clerkUsername,
                               String parentCode, boolean direct) {
}
