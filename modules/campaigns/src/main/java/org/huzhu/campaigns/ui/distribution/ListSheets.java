package org.huzhu.campaigns.ui.distribution;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.huzhu.campaigns.api.distribution.RowProblem;

/** What the clerks' Excel lists share on screen: the template's download link and the grid naming bad rows. */
final class ListSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ListSheets() {
    }

    static void templateLink(Anchor link, String id, String text, String fileName, Supplier<byte[]> template) {
        link.setId(id);
        link.setText(text);
        link.getElement().setAttribute("download", true);
        link.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] file = template.get();
            return new DownloadResponse(new ByteArrayInputStream(file), fileName, XLSX, file.length);
        }));
    }

    /** Row, field and rule of each problem, in the reader's language; hidden until a list has problems. */
    static void problemGrid(Grid<RowProblem> problems, String id, BiFunction<String, Object[], String> translation) {
        String p = CampaignDeliveriesView.P;
        problems.setId(id);
        problems.addColumn(RowProblem::row).setHeader(translation.apply(p + "row", new Object[0])).setWidth("6em")
                .setFlexGrow(0);
        problems.addColumn(r -> translation.apply("campaigns.distribution.field." + r.field(), new Object[0]))
                .setHeader(translation.apply(p + "field", new Object[0])).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(r -> translation.apply("campaigns.distribution.rule." + r.rule(), r.params().toArray()))
                .setHeader(translation.apply(p + "problem", new Object[0])).setFlexGrow(1);
        problems.setVisible(false);
        problems.setAllRowsVisible(true);
    }
}
