package org.huzhu.microloans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import org.huzhu.tenancy.api.Caller;

/**
 * The frame of the application's and the loan's dialogs: a body redrawn from the record as it now is after each step
 * taken in it (the board behind is told too), a close button, and titled form sections.
 */
abstract class StepDialog extends Dialog {

    protected final Caller caller;
    protected final LoanTexts texts = new LoanTexts(this);
    protected final VerticalLayout body = new VerticalLayout();
    private final Runnable changed;

    StepDialog(String id, String width, Caller caller, Runnable changed) {
        this.caller = caller;
        this.changed = changed;
        setId(id);
        setWidth(width);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(texts.t("form.close"), e -> close()));
    }

    /** Draws the body from the record as stored now. */
    protected abstract void show();

    /** Takes a step; once it is recorded, the dialog and the board show the record as it now is. */
    protected void step(Runnable action, Map<String, String> labels) {
        if (texts.act(action, labels)) {
            texts.done("form.recorded");
            stepTaken();
        }
    }

    protected void stepTaken() {
        show();
        changed.run();
    }

    /** A titled section of fields and buttons. */
    static Component section(String title, Component... parts) {
        VerticalLayout section = new VerticalLayout(new H4(title), new FormLayout(parts));
        section.setPadding(false);
        return section;
    }
}
