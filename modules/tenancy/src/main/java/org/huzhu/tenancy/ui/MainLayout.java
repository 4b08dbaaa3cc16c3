package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Locale;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantDirectory;

/** The portal frame: the office's name, the menu of what the user may open, and the language switch. */
@Dependent
public class MainLayout extends AppLayout implements HasDynamicTitle {

    final Button languageButton = new Button();
    final SideNav menu = new SideNav();
    private Class<?> shown;

    @Inject
    public MainLayout(TenantContext context, TenantDirectory tenants) {
        Caller caller = context.requireCaller();
        H1 title = new H1(officeName(caller, tenants));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Locale other = ModularI18NProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage())
                ? ModularI18NProvider.CHINESE : ModularI18NProvider.ENGLISH;
        languageButton.setText(getTranslation("shell.language.switch"));
        languageButton.setId("language-switch");
        languageButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        languageButton.addClickListener(e -> PortalLocale.choose(UI.getCurrent(), other));
        Span user = new Span(caller.username());
        user.setId("current-user");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, languageButton);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        // Read @Menu ourselves: Vaadin's MenuConfiguration needs an access-control bean the CDI add-on lacks.
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
                .filter(route -> RouteRules.allows(route.getNavigationTarget(), caller))
                .sorted(Comparator.comparingDouble(route -> route.getNavigationTarget().getAnnotation(Menu.class).order()))
                .forEach(route -> menu.addItem(new SideNavItem(
                        getTranslation(route.getNavigationTarget().getAnnotation(Menu.class).title()),
                        "/" + route.getTemplate())));
        addToDrawer(menu);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        shown = content == null ? null : content.getClass();
    }

    /** The window's title is the page's menu name in the user's language, for every view in the frame. */
    @Override
    public String getPageTitle() {
        String portal = getTranslation("shell.title");
        return shown != null && shown.isAnnotationPresent(Menu.class)
                ? getTranslation(shown.getAnnotation(Menu.class).title()) + " · " + portal : portal;
    }

    private String officeName(Caller caller, TenantDirectory tenants) {
        return caller.tenant().flatMap(tenants::find).map(t -> t.name(getLocale()))
                .orElseGet(() -> getTranslation("shell.headquarters"));
    }
}
