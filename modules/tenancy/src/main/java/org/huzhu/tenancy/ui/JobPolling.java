package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * A view that follows a background job: while it is attached, each poll of its UI runs the refresh (the view
 * turns polling on while the job runs); once it is detached, polling stops.
 */
public final class JobPolling {

    private JobPolling() {
    }

    public static void follow(Component view, Runnable refresh) {
        Registration[] polling = {null};
        view.addAttachListener(e -> polling[0] = e.getUI().addPollListener(p -> refresh.run()));
        view.addDetachListener(e -> {
            e.getUI().setPollInterval(-1);
            if (polling[0] != null) {
                polling[0].remove();
            }
        });
    }
}
