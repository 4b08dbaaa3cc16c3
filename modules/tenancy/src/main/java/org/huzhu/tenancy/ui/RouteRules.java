package org.huzhu.tenancy.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.TenantContext;

/**
 * Who may open which view: every navigation is checked against the target's {@link VisibleTo} before the view
 * is built, so a member typing a staff page's address gets the refusal page, not the page drawn empty. A route
 * that declares no rule is refused to everyone: closed until someone decides.
 */
@ApplicationScoped
public class RouteRules {

    @Inject
    TenantContext context;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        if (HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return; // error pages (this refusal, not found) are shown to anyone
        }
        Caller caller = context.caller().orElse(null);
        if (caller == null || !allows(event.getNavigationTarget(), caller)) {
            String path = event.getLocation().getPath();
            event.rerouteToError(new AccessDeniedException("route '" + path + "' refused"), path);
        }
    }

    /** Whether the caller may open the view: only with a rule, and one naming a role the caller holds. */
    public static boolean allows(Class<?> view, Caller caller) {
        VisibleTo rule = view.getAnnotation(VisibleTo.class);
        return rule != null && Arrays.stream(rule.value()).anyMatch(caller::has);
    }
}
