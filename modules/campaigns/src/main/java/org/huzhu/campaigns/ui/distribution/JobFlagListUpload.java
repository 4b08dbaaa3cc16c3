package org.huzhu.campaigns.ui.distribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.huzhu.campaigns.api.distribution.JobFlagImport;
import org.huzhu.campaigns.api.distribution.JobFlagImports;
import org.huzhu.campaigns.api.distribution.RowProblem;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.ui.UploadTexts;

/**
 * Members' job flags from an Excel list (as {@code POST /api/v1/job-flag-imports}): the template, the upload, and
 * every bad row of a refused list (nothing written then).
 */
final class JobFlagListUpload extends VerticalLayout {

    static final String P = "campaigns.distribution.jobFlags.";

    final Upload upload = new Upload();
    final Anchor template = new Anchor();
    final Grid<RowProblem> problems = new Grid<>();
    private final JobFlagImports imports;

    JobFlagListUpload(JobFlagImports imports) {
        this.imports = imports;
        setPadding(false);
        ListSheets.templateLink(template, "job-flag-template", t("template"), "job-flags.xlsx", imports::template);
        ListSheets.problemGrid(problems, "job-flag-problem-grid", this::getTranslation);
        upload.setId("job-flag-upload");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 << 20);
        UploadTexts.translate(upload, P + "upload", P + "drop");
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = upload.getUI().orElseThrow();
            try {
                JobFlagImport result = imports.importList(bytes);
                ui.access(() -> {
                    upload.clearFileList();
                    imported(result);
                });
            } catch (Refused refused) {
                ui.access(() -> {
                    upload.clearFileList();
                    error(getTranslation(refused.key(), refused.params()));
                });
            }
        }));
        add(new H3(t("title")), template, upload, problems);
    }

    private void imported(JobFlagImport result) {
        problems.setItems(result.problems());
        problems.setVisible(!result.problems().isEmpty());
        if (result.problems().isEmpty()) {
            Notification.show(t("imported", result.rows(), result.changed()));
        } else {
            error(t("rejected", result.problems().size()));
        }
    }

    private static void error(String text) {
        Notification n = Notification.show(text, 6_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String t(String key, Object... params) {
        return getTranslation(P + key, params);
    }
}
