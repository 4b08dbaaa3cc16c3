package org.huzhu.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The changes one transaction makes to the figures, added up per cell before they are written: a chunk of a
 * thousand claims becomes a few rows. Cells come out in key order, so two transactions touching the same cells
 * lock them in the same order (no deadlock between them).
 */
public final class FigureDeltas {

    /** A cell of the finest grain. {@code planCode} "" and {@code agencyId} 0: not split that way. */
    public record Cell(LocalDate day, Figure figure, String planCode, long agencyId) implements Comparable<Cell> {

        private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::day)
                .thenComparing(c -> c.figure.name()).thenComparing(Cell::planCode).thenComparingLong(Cell::agencyId);

        public Cell {
            planCode = planCode == null ? "" : planCode;
        }

        public static Cell of(LocalDate day, Figure figure, String planCode, Long agencyId) {
            return new Cell(day, figure, planCode, agencyId == null ? 0 : agencyId);
        }

        @Override
        public int compareTo(Cell other) {
            return ORDER.compare(this, other);
        }
    }

    /** A cell's change: how many and how much. */
    public record Change(Cell cell, long count, long fen) {
    }

    private final Map<Cell, long[]> cells = new TreeMap<>();

    public FigureDeltas add(Cell cell, long count, long fen) {
        long[] sums = cells.computeIfAbsent(cell, c -> new long[2]);
        sums[0] = Math.addExact(sums[0], count);
        sums[1] = Math.addExact(sums[1], fen);
        return this;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The changes of this grain: cells mapped to the grain's (coarser) cells and added up, in key order. */
    public List<Change> in(Grain grain) {
        FigureDeltas coarse = new FigureDeltas();
        cells.forEach((cell, sums) -> coarse.add(grain.cellOf(cell), sums[0], sums[1]));
        List<Change> changes = new ArrayList<>();
        coarse.cells.forEach((cell, sums) -> {
            if (sums[0] != 0 || sums[1] != 0) {
                changes.add(new Change(cell, sums[0], sums[1]));
            }
        });
        return changes;
    }
}
