package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpServletResponse;
import org.huzhu.tenancy.api.AccessDeniedException;

/** What a user sees on a page their role may not open: a plain refusal in their language and a way home. */
@Dependent
public class RefusedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("access-denied");
        add(new H2(getTranslation("shell.refused.title")), new Paragraph(getTranslation("shell.refused.text")));
        add(new Anchor("/", getTranslation("shell.refused.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
