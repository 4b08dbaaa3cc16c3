package org.huzhu.app.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page every Vaadin view is served in. */
@Theme(themeClass = Lumo.class)
@Meta(name = "description", content = "职工互助保障平台 Huzhu mutual-aid platform")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("职工互助保障平台");
    }
}
