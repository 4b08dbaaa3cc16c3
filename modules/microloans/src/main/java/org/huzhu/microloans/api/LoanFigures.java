package org.huzhu.microloans.api;

import java.util.List;

/** The loan pipeline in figures, for the loan board and for reporting's dashboards. */
public interface LoanFigures {

    /** The caller's part of their city, this year against last. */
    LoanDashboard figures(int year);

    /** Every active city's figures side by side, for headquarters (anyone else is refused). */
    List<CityLoanFigures> headquarters(int year);
}
