package org.huzhu.enrolment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.org.api.MemberSelf;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.HomeFor;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/** A member's own cover: every plan they are enrolled in, its term, and whether it is paid and running. */
@Dependent
@Route(value = "my-cover", layout = MainLayout.class)
@Menu(title = "enrolment.nav.myCover", order = 2)
@HomeFor(Role.MEMBER)
@VisibleTo(Role.MEMBER)
public class MyCoverView extends VerticalLayout {

    final Span who = new Span();
    final CoverGrid cover;

    @Inject
    public MyCoverView(MemberSelf self, MemberCover covers, PlanCatalog catalog) {
        cover = new CoverGrid("my-cover-grid", this::getTranslation, PlanNames.of(catalog)::name, null);
        who.setId("my-cover-who");
        add(new H2(getTranslation("enrolment.cover.mine")), who, cover);
        self.me().ifPresentOrElse(me -> {
            who.setText(me.name() + "  " + me.idNumberMasked());
            cover.setItems(covers.mine().orElseThrow());
        }, () -> who.setText(getTranslation("enrolment.cover.notLinked")));
    }
}
