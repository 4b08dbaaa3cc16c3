package org.huzhu.relief.api;

import java.util.List;

/** A year of relief in figures, for the office's own pages and for reporting's dashboards. */
public interface ReliefFigureQueries {

    /** The caller's city (the office's figures; agency offices as rows). */
    ReliefFigures figures(int year);

    /** Every active city's figures side by side, for headquarters (anyone else is refused). */
    List<ReliefFigures.City> headquarters(int year);
}
