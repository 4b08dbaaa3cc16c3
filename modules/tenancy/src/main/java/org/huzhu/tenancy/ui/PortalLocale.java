package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * The portal speaks Chinese unless the user picks English; the choice lives in the session, so it holds
 * across views and reloads whatever language the browser asks for.
 */
@ApplicationScoped
public class PortalLocale {

    private static final String SESSION_KEY = PortalLocale.class.getName();

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(current(e.getUI().getSession())));
    }

    public static Locale current(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : ModularI18NProvider.CHINESE;
    }

    /** The language of the UI being built or updated now; Chinese outside any UI. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? ModularI18NProvider.CHINESE : ui.getLocale();
    }

    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
