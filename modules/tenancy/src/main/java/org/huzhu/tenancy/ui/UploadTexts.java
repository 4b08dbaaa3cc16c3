package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Vaadin's upload widget in the user's language: its button, drop zone, progress, and its refusals. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The widget's own words; {@code addKey}/{@code dropKey} name the view's button and drop-zone texts. */
    public static Upload translate(Upload upload, String addKey, String dropKey) {
        UploadI18N texts = new UploadI18N();
        String add = upload.getTranslation(addKey);
        String drop = upload.getTranslation(dropKey);
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        UploadI18N.DropFiles dropFiles = new UploadI18N.DropFiles();
        dropFiles.setOne(drop);
        dropFiles.setMany(drop);
        texts.setDropFiles(dropFiles);
        texts.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "error.tooMany"))
                .setFileIsTooBig(t(upload, "error.tooBig")).setIncorrectFileType(t(upload, "error.type")));
        texts.setFile(new UploadI18N.File().setRetry(t(upload, "retry")).setStart(t(upload, "start"))
                .setRemove(t(upload, "remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "connecting"))
                        .setStalled(t(upload, "stalled")).setProcessing(t(upload, "processing"))
                        .setHeld(t(upload, "held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(upload, "remaining"))
                        .setUnknown(t(upload, "remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(upload, "error.server"))
                        .setUnexpectedServerError(t(upload, "error.server")).setForbidden(t(upload, "error.forbidden"))));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(texts);
        return upload;
    }

    /** The words every upload shares: a generic button and drop zone. */
    public static Upload translate(Upload upload) {
        return translate(upload, "shell.upload.add", "shell.upload.drop");
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation("shell.upload." + key);
    }
}
