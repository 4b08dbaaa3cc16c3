package org.huzhu.relief.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.huzhu.relief.api.HardshipRegister;
import org.huzhu.relief.api.HardshipRegister.FileView;
import org.huzhu.relief.api.HardshipRegister.MeasureForm;
import org.huzhu.relief.api.MeasureKind;
import org.huzhu.relief.api.OutOfHardshipReason;
import org.huzhu.tenancy.ui.IsoDates;
import org.huzhu.tenancy.ui.PortalTime;

/**
 * What REST lets a clerk do to a file (every role that sees the register may): record a home visit, a measure, the
 * yearly review, revise the figures and causes, mark it out of hardship with the day and reason. Each opens a
 * small dialog and goes through the same {@link HardshipRegister} method as its REST operation; a closed file's
 * refusal, like every other, is the application's and shows as a notification.
 */
class FileActions extends Composite<HorizontalLayout> {

    final Span selected = new Span();
    final Button visit = new Button();
    final Button measure = new Button();
    final Button review = new Button();
    final Button revise = new Button();
    final Button close = new Button();

    private final HardshipRegister register;
    private final ReliefTexts texts;
    private FileView file;

    FileActions(HardshipRegister register, ReliefTexts texts) {
        this.register = register;
        this.texts = texts;
        selected.setId("file-selected");
        button(visit, "visit", this::visitDialog);
        button(measure, "measure", this::measureDialog);
        button(review, "review", this::reviewDialog);
        button(revise, "revise", this::reviseDialog);
        button(close, "close", this::closeDialog);
        getContent().add(selected, visit, measure, review, revise, close);
        getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().setWrap(true);
        show(null);
    }

    private void button(Button button, String action, Runnable open) {
        button.setId("file-" + action);
        button.setText(texts.t("file." + action));
        button.addClickListener(e -> open.run());
    }

    /** The file the actions apply to; none: nothing to act on. */
    void show(FileView shown) {
        file = shown;
        selected.setText(shown == null ? texts.t("file.none")
                : texts.t("file.selected", String.valueOf(shown.id()), shown.memberName()));
        List.of(visit, measure, review, revise, close).forEach(b -> b.setEnabled(shown != null));
    }

    private void visitDialog() {
        DatePicker on = date("visit-on");
        TextField note = note("visit-note");
        open("visit", () -> register.addVisit(file.id(), on.getValue(), note.getValue()), on, note);
    }

    private void measureDialog() {
        ComboBox<MeasureKind> kind = new ComboBox<>(texts.t("file.measure.kind"), MeasureKind.values());
        kind.setId("measure-kind");
        kind.setItemLabelGenerator(k -> texts.code("measureKind", k));
        DatePicker on = date("measure-on");
        BigDecimalField amount = new BigDecimalField(texts.t("file.measure.amount"));
        amount.setId("measure-amount");
        TextField note = note("measure-note");
        open("measure", () -> register.addMeasure(file.id(), new MeasureForm(kind.getValue(), on.getValue(),
                ReliefTexts.fen(amount), note.getValue())), kind, on, amount, note);
    }

    private void reviewDialog() {
        DatePicker on = date("review-on");
        open("review", () -> register.review(file.id(), on.getValue()), on);
    }

    private void reviseDialog() {
        MeansFields means = new MeansFields(texts, "revise");
        // the list line holds the figures too; the whole file is read again in case another clerk changed it
        means.show(register.find(file.id()).orElse(file));
        open("revise", () -> register.revise(file.id(), means.value()), means);
    }

    private void closeDialog() {
        DatePicker on = date("close-on");
        ComboBox<OutOfHardshipReason> reason = new ComboBox<>(texts.t("file.close.reason"),
                OutOfHardshipReason.values());
        reason.setId("close-reason");
        reason.setItemLabelGenerator(r -> texts.code("outReason", r));
        open("close", () -> register.close(file.id(), on.getValue(), reason.getValue()), on, reason);
    }

    private DatePicker date(String id) {
        DatePicker picker = IsoDates.iso(new DatePicker(texts.t("file.on")));
        picker.setId(id);
        picker.setValue(LocalDate.now(PortalTime.TENANT_ZONE));
        return picker;
    }

    private TextField note(String id) {
        TextField note = new TextField(texts.t("file.note"));
        note.setId(id);
        return note;
    }

    private void open(String action, Supplier<FileView> change, Component... fields) {
        Dialog dialog = new Dialog(new FormLayout(fields));
        dialog.setHeaderTitle(texts.t("file." + action + ".title", String.valueOf(file.id()),
                file.memberName()));
        Button save = new Button(texts.t("file.save"), e -> texts.act(() -> {
            FileView changed = change.get();
            texts.done("file.saved", String.valueOf(changed.id()));
            dialog.close();
            fireEvent(new Changed(this, changed));
        }));
        save.setId(action + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(texts.t("cancel"), e -> dialog.close());
        cancel.setId(action + "-cancel");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    Registration addChangedListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    /** A file was changed: the view lists it again as it now stands. */
    static final class Changed extends ComponentEvent<FileActions> {

        private final FileView file;

        Changed(FileActions source, FileView file) {
            super(source, false);
            this.file = file;
        }

        FileView file() {
            return file;
        }
    }
}
