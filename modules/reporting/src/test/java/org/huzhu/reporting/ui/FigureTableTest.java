package org.huzhu.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    @Test
    void rows_of_text_go_as_one_piece_of_html_with_markup_shown_not_run() {
        FigureTable<List<String>> table = new FigureTable<>("t");
        table.addColumn("城市", r -> r.get(0)).addColumn("人次", r -> r.get(1));
        table.setItems(List.of(List.of("<img src=x onerror=alert(1)>", "12"), List.of("A & 'B' \"C\"", "3")));
        assertThat(body(table).getChildCount()).isZero();
        assertThat(body(table).getProperty("innerHTML")).isEqualTo(
                "<tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td>12</td></tr>"
                        + "<tr><td>A &amp; &#39;B&#39; &quot;C&quot;</td><td>3</td></tr>");
    }

    @Test
    void a_column_of_components_makes_rows_of_elements() {
        FigureTable<String> table = new FigureTable<>("t");
        table.addColumn("月份", m -> m).addComponentColumn("文件", m -> new Span("PDF " + m));
        table.setItems(List.of("2026-10", "2026-09"));
        assertThat(body(table).getChildCount()).isEqualTo(2);
        assertThat(body(table).getChild(1).getChild(0).getText()).isEqualTo("2026-09");
        assertThat(body(table).getChild(1).getChild(1).getChild(0).getText()).isEqualTo("PDF 2026-09");
        table.setItems(List.of("2026-11"));
        assertThat(body(table).getChildCount()).isEqualTo(1);
    }

    @Test
    void the_header_names_each_column_for_screen_readers() {
        FigureTable<String> table = new FigureTable<>("t");
        table.addColumn("计划", p -> p).addColumn("金额", p -> p, java.util.Comparator.naturalOrder());
        Element head = table.getElement().getChild(0).getChild(0).getChild(0);
        assertThat(head.getChildren().map(Element::getText)).containsExactly("计划", "金额");
        assertThat(head.getChild(1).getAttribute("scope")).isEqualTo("col");
        assertThat(head.getChild(1).getClassList()).contains("sortable");
    }

    @Test
    void a_scrolling_table_shows_its_first_rows_with_the_page_and_sends_the_others_after_the_first_frame() {
        FigureTable<Integer> table = new FigureTable<>("t");
        table.addColumn("城市", c -> "城市" + c);
        table.setMaxHeight("36em");
        List<Integer> cities = java.util.stream.IntStream.rangeClosed(1, 300).boxed().toList();
        table.setItems(cities);
        String shown = body(table).getProperty("innerHTML");
        assertThat(shown.split("<tr>", -1)).hasSize(FigureTable.FIRST_ROWS + 1);
        assertThat(shown).startsWith("<tr><td>城市1</td></tr>").endsWith("<td>城市40</td></tr>");
        FigureTable.Rows rows = table.split(cities);
        assertThat(rows.shown()).isEqualTo(shown);
        assertThat(rows.later().split("<tr>", -1)).hasSize(300 - FigureTable.FIRST_ROWS + 1);
        assertThat(rows.later()).startsWith("<tr><td>城市41</td></tr>").endsWith("<td>城市300</td></tr>");
        assertThat(table.split(cities.subList(0, 3)).later()).isEmpty();
    }

    private static Element body(FigureTable<?> table) {
        return table.getElement().getChild(0).getChild(1);
    }
}
