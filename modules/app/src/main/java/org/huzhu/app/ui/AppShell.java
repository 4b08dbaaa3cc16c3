package org.huzhu.app.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;

/**
 * The page every Vaadin view is served in. No {@code @Theme}: Lumo is Vaadin 24's default, and a {@code @Theme}
 * naming only a theme class (no application theme folder) made every page ask for {@code /VAADIN/themes//styles.css}
 * and get a 404. Every component's client code loads with the first page ({@code @LoadDependenciesOnStartup}):
 * with one lazy chunk per route, the loan pipeline page's grids once reached the browser as undefined elements
 * (blank), and a portal of a few dozen routes gains nothing from splitting its one bundle.
 */
@LoadDependenciesOnStartup
@Meta(name = "description", content = "职工互助保障平台")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("职工互助保障平台");
    }
}
