package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.enterprise.context.Dependent;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.NoTenantException;

/**
 * What a user sees when a page fails: a page in their language, never the exception. A refusal (the view's
 * service says this login may not see it) says so and points home; anything else gets a reference number
 * that is also in the log with the details, so the office can quote it and we can find it. No layout: the
 * failure may be the layout's own.
 */
@Dependent
public class PortalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = Logger.getLogger(PortalErrorView.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    final Paragraph reference = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        setId("portal-error");
        reference.setId("portal-error-reference");
        Anchor home = new Anchor("/", getTranslation("shell.error.home"));
        home.setId("portal-error-home");
        add(title, text, reference, home);
        String where = "/" + event.getLocation().getPath();
        Optional<RuntimeException> refusal = refusal(parameter.getCaughtException());
        if (refusal.isPresent()) {
            LOG.info(() -> "page refused at " + where + ": " + LogSafe.text(refusal.get().getMessage()));
            setId("access-denied"); // the route rules' refusal and a service's own look the same to the user
            title.setText(getTranslation("shell.error.refused.title"));
            text.setText(getTranslation("shell.error.refused.text"));
            return 403;
        }
        String ref = newReference();
        LOG.log(Level.SEVERE, "page failed at " + where + ", reference " + ref, LogSafe.of(parameter.getCaughtException()));
        title.setText(getTranslation("shell.error.title"));
        text.setText(getTranslation("shell.error.text"));
        reference.setText(getTranslation("shell.error.reference", ref));
        return 500;
    }

    /**
     * A refusal anywhere in the chain (CDI and Vaadin may wrap the view's own exception): a role's or a
     * headquarters login's ({@link NoTenantException}: a city office's page) own page to another's.
     */
    static Optional<RuntimeException> refusal(Throwable caught) {
        for (Throwable t = caught; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof NoTenantException) {
                return Optional.of((RuntimeException) t);
            }
        }
        return Optional.empty();
    }

    /** Short enough to read out on the phone; no 0/O or 1/I to confuse. */
    static String newReference() {
        StringBuilder ref = new StringBuilder("E-");
        for (int i = 0; i < 8; i++) {
            ref.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return ref.toString();
    }
}
