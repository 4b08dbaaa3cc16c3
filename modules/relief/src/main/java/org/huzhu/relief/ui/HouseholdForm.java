package org.huzhu.relief.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import org.huzhu.relief.api.HardshipRegister;
import org.huzhu.relief.api.HardshipRegister.FileForm;
import org.huzhu.relief.api.HardshipRegister.FileView;

/**
 * Files one household (一户一档) as POST /api/v1/hardship-households does, through the same
 * {@link HardshipRegister#file}: the holder (a member number), the model-worker flag, the year's figures and causes,
 * the other people of the household. A refusal (a second file names the first) stays in the dialog as a
 * notification, so the clerk can correct and file again; a filed household closes it.
 */
class HouseholdForm extends Dialog {

    final IntegerField member = new IntegerField();
    final Checkbox modelWorker = new Checkbox();
    final MeansFields means;
    final HouseholdPeople people;
    final Button file = new Button();

    HouseholdForm(HardshipRegister register, ReliefTexts texts) {
        setHeaderTitle(texts.t("household.title"));
        setWidth("min(1100px, 95vw)");
        member.setId("household-member");
        member.setLabel(texts.t("household.memberId"));
        modelWorker.setId("household-model-worker");
        modelWorker.setLabel(texts.t("household.modelWorker"));
        means = new MeansFields(texts, "household");
        people = new HouseholdPeople(texts);
        HorizontalLayout holder = new HorizontalLayout(member, modelWorker);
        holder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(holder, means, new H4(texts.t("household.people")), people);
        file.setId("household-file");
        file.setText(texts.t("household.file"));
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClickListener(e -> texts.act(() -> {
            FileView filed = register.file(new FileForm(member.getValue() == null ? 0 : member.getValue(),
                    means.value(), modelWorker.getValue(), people.value()));
            texts.done("household.filed", String.valueOf(filed.id()), filed.memberName(),
                    texts.code("category", filed.category()));
            fireEvent(new Filed(this, filed));
            close();
        }));
        Button cancel = new Button(texts.t("cancel"), e -> close());
        cancel.setId("household-cancel");
        getFooter().add(cancel, file);
    }

    Registration addFiledListener(ComponentEventListener<Filed> listener) {
        return addListener(Filed.class, listener);
    }

    /** A household was filed: the view shows its file. */
    static final class Filed extends ComponentEvent<HouseholdForm> {

        private final FileView file;

        Filed(HouseholdForm source, FileView file) {
            super(source, false);
            this.file = file;
        }

        FileView file() {
            return file;
        }
    }
}
