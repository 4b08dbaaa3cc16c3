package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.kernel.calendar.CalendarLineError;
import org.huzhu.tenancy.api.CalendarCoverage;
import org.huzhu.tenancy.api.CalendarFileRefused;
import org.huzhu.tenancy.api.CalendarUpload;
import org.huzhu.tenancy.api.CalendarUploads;
import org.huzhu.tenancy.api.Role;

/**
 * Working-day calendar (工作日历): the year's official holiday arrangement uploaded as a calendar file
 * (docs/calendar-file.md). Headquarters' upload is for every office, an office admin's for the office only.
 */
@Dependent
@Route(value = "calendar", layout = MainLayout.class)
@Menu(title = "calendar.nav", order = 9)
@VisibleTo({Role.OFFICE_ADMIN, Role.HQ_ANALYST})
public class CalendarView extends VerticalLayout {

    final IntegerField year = new IntegerField();
    final Upload upload = new Upload();
    final Span result = new Span();
    final Grid<CalendarLineError> errors = new Grid<>();

    @Inject
    public CalendarView(CalendarUploads uploads, CalendarCoverage coverage) {
        List<Integer> missing = coverage.missingYears();
        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.year"));
        year.setValue(missing.isEmpty() ? LocalDate.now().getYear() + 1 : missing.get(0));
        upload.setId("calendar-upload");
        upload.setAcceptedFileTypes(".txt", ".csv", "text/plain", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CalendarUploads.MAX_BYTES);
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = upload.getUI().orElseThrow();
            Integer chosen = year.getValue();
            try {
                CalendarUpload stored = uploads.upload(chosen == null ? 0 : chosen, bytes);
                ui.access(() -> stored(stored));
            } catch (CalendarFileRefused refused) {
                ui.access(() -> refused(refused.errors()));
            }
        }));
        result.setId("calendar-result");
        errors.setId("calendar-errors");
        errors.addColumn(e -> e.line() == 0 ? getTranslation("calendar.wholeFile") : String.valueOf(e.line()))
                .setHeader(getTranslation("calendar.line")).setWidth("8em").setFlexGrow(0);
        errors.addColumn(e -> getTranslation("calendar.rule." + e.rule())).setHeader(getTranslation("calendar.problem"))
                .setFlexGrow(1);
        errors.setVisible(false);
        errors.setHeight("16em");
        add(new H2(getTranslation("calendar.title")), new CalendarNotice(coverage),
                new Span(getTranslation("calendar.hint")), year, upload, result, errors);
    }

    private void stored(CalendarUpload stored) {
        errors.setVisible(false);
        upload.clearFileList();
        result.setText(getTranslation("calendar.stored." + stored.scope().name(), stored.year(), stored.holidays(),
                stored.workdays()));
    }

    private void refused(List<CalendarLineError> lines) {
        upload.clearFileList();
        result.setText(getTranslation("calendar.refused", lines.size()));
        errors.setItems(lines);
        errors.setVisible(true);
    }
}
