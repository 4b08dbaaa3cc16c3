package org.huzhu.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.huzhu.org.api.EnrollingUnions;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.FigureRow;
import org.huzhu.reporting.domain.HeadquartersFigures;
import org.huzhu.reporting.domain.LateClaim;
import org.huzhu.reporting.domain.OfficeFigures;
import org.huzhu.reporting.infrastructure.LateClaims;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantDirectory;
import org.huzhu.tenancy.api.TenantSummary;

/**
 * The dashboards' figures for the caller: office staff see their whole office (and may narrow it to a plan or an
 * agency office), an agency clerk sees their agency office only, headquarters sees every city, read-only.
 */
@ApplicationScoped
public class Dashboards {

    @Inject
    FigureStore store;

    @Inject
    TenantContext context;

    @Inject
    OrgTree tree;

    @Inject
    EnrollingUnions unions;

    @Inject
    TenantDirectory directory;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    public OfficeFigures office(ReportPeriod period, String plan, Long agency) {
        Long scope = agencyInScope(agency);
        String planFilter = plan == null || plan.isBlank() ? null : plan;
        return OfficeFigures.of(period, store.office(period, planFilter, scope),
                store.office(period.yearBefore(), planFilter, scope));
    }

    /** The first claims paid in the period after their due date: the list behind the "paid by due date" figure. */
    public List<LateClaim> lateClaims(ReportPeriod period, String plan, Long agency, int limit) {
        Long scope = agencyInScope(agency);
        List<LateClaim> claims = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            LateClaims.each(c, context.tenant().value(), period, plan == null || plan.isBlank() ? null : plan, scope,
                    limit, claims::add);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the late claims failed: " + e.getMessage(), e);
        }
        return claims;
    }

    /**
     * Every city's figures. The four reads of the read model go at once, each on its own connection: headquarters'
     * page waited for their sum (~100 ms of its answer at 300 cities), now for about the longest of them.
     */
    public HeadquartersFigures headquarters(ReportPeriod period) {
        requireHeadquarters();
        List<String> tenants = cities().stream().map(t -> t.id().value()).toList();
        CompletableFuture<List<FigureRow>> lastYear = executor.supplyAsync(() -> store.perCity(period.yearBefore(), null));
        CompletableFuture<List<FigureRow>> all = executor.supplyAsync(() -> store.allCities(period));
        CompletableFuture<List<FigureRow>> allLastYear = executor.supplyAsync(() -> store.allCities(period.yearBefore()));
        List<FigureRow> current = store.perCity(period, null);
        return HeadquartersFigures.of(period, tenants, current, joined(lastYear), joined(all), joined(allLastYear));
    }

    /** A read's rows, or its own failure as the caller's (not wrapped, so it maps to the same answer). */
    private static List<FigureRow> joined(CompletableFuture<List<FigureRow>> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public List<TenantSummary> cities() {
        requireHeadquarters();
        return directory.activeTenants();
    }

    /** The agency offices the caller may choose, by id. */
    public Map<Long, String> agencyOffices() {
        Caller caller = context.requireCaller();
        Map<Long, String> all = unions.agencyOffices();
        if (caller.seesWholeTenant()) {
            return all;
        }
        long own = ownAgency(caller);
        return all.entrySet().stream().filter(e -> e.getKey() == own)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Refuses, before a download starts, an agency office the caller may not see. */
    public void agencyInScopeChecked(Long asked) {
        agencyInScope(asked);
    }

    /** The agency office to filter by: the one asked (office staff), or the clerk's own (agency clerks). */
    Long agencyInScope(Long asked) {
        Caller caller = context.requireCaller();
        if (caller.seesWholeTenant()) {
            return asked;
        }
        if (!caller.has(Role.AGENCY_CLERK)) {
            throw new AccessDeniedException("the office dashboard is for office staff and agency clerks");
        }
        long own = ownAgency(caller);
        if (asked != null && asked != own) {
            throw Refused.notFound("reporting.refused.agency", asked);
        }
        return own;
    }

    private long ownAgency(Caller caller) {
        return tree.visibleUnits().stream().filter(u -> u.kind() == OrgUnitKind.AGENCY_OFFICE)
                .filter(u -> u.code().equals(caller.orgUnitCode())).map(OrgUnitView::id).findFirst()
                .orElseThrow(() -> new AccessDeniedException("the caller's unit is no agency office"));
    }

    private void requireHeadquarters() {
        if (!context.requireCaller().has(Role.HQ_ANALYST)) {
            throw new AccessDeniedException("only headquarters compares the cities");
        }
    }
}
