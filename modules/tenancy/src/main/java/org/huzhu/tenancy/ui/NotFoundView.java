package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.enterprise.context.Dependent;

/** An address the portal does not have: said in the user's language, inside the portal frame, with the way home. */
@Dependent
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        setId("portal-not-found");
        Anchor home = new Anchor("/", getTranslation("shell.error.home"));
        add(new H2(getTranslation("shell.notFound.title")), home);
        return 404;
    }
}
