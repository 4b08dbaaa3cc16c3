package org.huzhu.enrolment.api;

import java.util.List;

/**
 * Person-enrolments (人次) by terms starting in a year against the year before: per plan and per agency
 * office for the office, per city office and plan for headquarters.
 */
public interface EnrolmentFigures {

    Figures office(int year);

    /** Headquarters only: every active tenant, each read through its own tenant-bound entity manager. */
    List<TenantFigures> headquarters(int year);

    /**
     * One line: what it counts (a plan code, an agency office id or {@code direct}), its name in Chinese and in
     * English (an agency office has its one Chinese name), and the two years' counts.
     */
    record Line(String key, String name, String nameEn, long thisYear, long lastYear) {
    }

    record Figures(int year, List<Line> perPlan, List<Line> perAgencyOffice) {
    }

    record TenantFigures(String tenant, String tenantName, String tenantNameEn, List<Line> perPlan) {
    }
}
