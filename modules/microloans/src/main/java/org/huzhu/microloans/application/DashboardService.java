package org.huzhu.microloans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.microloans.api.CityLoanFigures;
import org.huzhu.microloans.api.LoanDashboard;
import org.huzhu.microloans.api.LoanFigures;
import org.huzhu.tenancy.api.HeadquartersReader;
import org.huzhu.tenancy.api.TenantEntityManager;

/** The microloan figures: an office's, within the caller's subtree, and every city's for headquarters. */
@ApplicationScoped
public class DashboardService implements LoanFigures {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    LoanAccess access;

    @Inject
    HeadquartersReader headquarters;

    /** The caller's part of their city. */
    @Override
    public LoanDashboard figures(int year) {
        return new LoanFigureReader(entityManager.get(), LocalDate.now()).figures(access.scope().likePattern(), year);
    }

    /** Every city's figures side by side, for headquarters (the reader refuses anyone else). */
    @Override
    public List<CityLoanFigures> headquarters(int year) {
        LocalDate today = LocalDate.now();
        return headquarters.readEachTenant(em -> new LoanFigureReader(em, today).figures("%", year)).stream()
                .map(t -> new CityLoanFigures(t.tenant().id().value(), t.tenant().nameZh(), t.tenant().nameEn(),
                        t.value())).toList();
    }
}
