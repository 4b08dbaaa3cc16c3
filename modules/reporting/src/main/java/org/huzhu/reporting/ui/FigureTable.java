package org.huzhu.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small read-only table of figures as plain HTML ({@code table}, {@code th}, {@code td}) in a box that scrolls
 * sideways when narrow. The dashboards' tables hold a few dozen rows that need no virtual scrolling, sorting or
 * column measuring: as vaadin-grids they were most of the office dashboard's time in the browser (bench-render:
 * the grid's script and the layouts it forced to size its columns, six grids on one page). Rows of text go to the
 * browser as one piece of escaped HTML, not as an element each: headquarters' 300 cities are 3,300 cells, which
 * as elements of their own cost the browser more than the grid did.
 *
 * @param <T> one row's item
 */
@Tag("div")
@CssImport("./huzhu-figure-table.css")
class FigureTable<T> extends Component {

    private final Element head = new Element("tr");
    private final Element body = new Element("tbody");
    private final List<Column<T>> columns = new ArrayList<>();
    private List<T> items = List.of();
    private boolean scrolling;

    /** One column: its cells as text, or (a few rows only, such as download links) as components. */
    private record Column<T>(Function<T, ?> text, Function<T, Component> component) {
    }

    FigureTable(String id) {
        setId(id);
        getElement().getClassList().add("huzhu-figures");
        Element table = new Element("table");
        table.appendChild(new Element("thead").appendChild(head), body);
        getElement().appendChild(table);
    }

    FigureTable<T> addColumn(String header, Function<T, ?> text) {
        return column(header, new Column<>(text, null));
    }

    FigureTable<T> addComponentColumn(String header, Function<T, Component> cell) {
        return column(header, new Column<>(null, cell));
    }

    /** A column whose header sorts the rows by {@code order}: largest first, again for smallest first. */
    FigureTable<T> addColumn(String header, Function<T, ?> text, Comparator<T> order) {
        addColumn(header, text);
        Element th = head.getChild(head.getChildCount() - 1);
        th.getClassList().add("sortable");
        th.addEventListener("click", e -> {
            boolean largestFirst = !"descending".equals(th.getAttribute("aria-sort"));
            head.getChildren().forEach(other -> other.removeAttribute("aria-sort"));
            th.setAttribute("aria-sort", largestFirst ? "descending" : "ascending");
            setItems(items.stream().sorted(largestFirst ? order.reversed() : order).toList());
        });
        return this;
    }

    /** At most {@code height} tall, the rows scrolling under a header that stays. */
    void setMaxHeight(String height) {
        getElement().getStyle().set("max-height", height);
        getElement().getClassList().add("scrolling");
        scrolling = true;
    }

    private FigureTable<T> column(String header, Column<T> column) {
        head.appendChild(new Element("th").setAttribute("scope", "col").setText(header));
        columns.add(column);
        return this;
    }

    /** Clicking a row hands its item to {@code listener} (the dashboards narrow themselves to a plan or office). */
    void addRowClickListener(Consumer<T> listener) {
        getElement().getClassList().add("clickable");
        body.addEventListener("click", e -> {
            int row = (int) e.getEventData().getNumber(ROW_CLICKED);
            if (row >= 0 && row < items.size()) {
                listener.accept(items.get(row));
            }
        }).addEventData(ROW_CLICKED);
    }

    private static final String ROW_CLICKED = "(event.target.closest('tr') || {sectionRowIndex: -1}).sectionRowIndex";

    void setItems(List<T> items) {
        this.items = List.copyOf(items);
        body.removeAllChildren();
        if (columns.stream().anyMatch(c -> c.component() != null)) {
            items.forEach(item -> body.appendChild(rowOfElements(item)));
        } else if (scrolling) {
            Rows rows = split(this.items);
            body.setProperty("innerHTML", rows.shown());
            body.executeJs(APPEND_AFTER_FIRST_FRAME, rows.later());
        } else {
            body.setProperty("innerHTML", rowsAsHtml(items));
        }
    }

    /**
     * Rows of a scrolling table shown with the page; the others join in the task after the page's first frame.
     * Headquarters' 300 cities were all laid out before the page first showed (the app layout measures itself
     * while the page is built, which lays out everything there), though the box shows about fifteen of them.
     */
    static final int FIRST_ROWS = 40;

    /** A scrolling table's rows as HTML: those shown with the page, and the others. */
    record Rows(String shown, String later) {
    }

    Rows split(List<T> rows) {
        int shown = Math.min(FIRST_ROWS, rows.size());
        return new Rows(rowsAsHtml(rows.subList(0, shown)), rowsAsHtml(rows.subList(shown, rows.size())));
    }

    /** Appends the later rows unless newer rows have been set meanwhile (a header clicked again at once). */
    private static final String APPEND_AFTER_FIRST_FRAME = "const body = this, rows = $0, set = (body.__set || 0) + 1;"
            + " body.__set = set; requestAnimationFrame(() => setTimeout(() => {"
            + " if (body.__set === set) body.insertAdjacentHTML('beforeend', rows); }));";

    private Element rowOfElements(T item) {
        Element row = new Element("tr");
        for (Column<T> column : columns) {
            Element td = new Element("td");
            if (column.component() != null) {
                td.appendChild(column.component().apply(item).getElement());
            } else {
                td.setText(String.valueOf(column.text().apply(item)));
            }
            row.appendChild(td);
        }
        return row;
    }

    private String rowsAsHtml(List<T> rows) {
        StringBuilder html = new StringBuilder();
        for (T item : rows) {
            html.append("<tr>");
            for (Column<T> column : columns) {
                html.append("<td>").append(escaped(String.valueOf(column.text().apply(item)))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.toString();
    }

    /** Text as HTML that shows it as it is: a name holding markup is shown, never run. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
