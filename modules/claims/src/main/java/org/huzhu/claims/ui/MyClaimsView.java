package org.huzhu.claims.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.claims.api.ClaimView;
import org.huzhu.claims.api.Claims;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.org.api.MemberSelf;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/** A member's own claims (status, amount, explanation, payment) and a new claim filed by the member. */
@Dependent
@Route(value = "my-claims", layout = MainLayout.class)
@Menu(title = "claims.nav.mine", order = 2.5)
@VisibleTo(Role.MEMBER)
public class MyClaimsView extends VerticalLayout {

    final Grid<ClaimView> claimsGrid;
    final ClaimDetail detail;
    final ClaimEntry entry;

    @Inject
    public MyClaimsView(MemberSelf self, MemberCover cover, Claims claims, PlanCatalog catalog) {
        ClaimWords words = new ClaimWords(this, catalog);
        claimsGrid = ClaimGrids.claims("my-claims-grid", words);
        detail = new ClaimDetail("my-claim-detail", words);
        entry = new ClaimEntry("my-claim-entry", claims, catalog, words);
        claimsGrid.addItemClickListener(e -> detail.show(e.getItem()));
        // The member's list follows the form: a claim filed or completed shows at once, no reload.
        entry.onChange(claim -> claimsGrid.setItems(claims.mine().orElseThrow()));
        add(new H2(getTranslation("claims.mine.title")), claimsGrid, detail, new H3(getTranslation("claims.mine.new")),
                entry);
        self.me().ifPresentOrElse(me -> {
            claimsGrid.setItems(claims.mine().orElseThrow());
            entry.forMember(me.id(), cover.mine().orElseThrow());
        }, () -> entry.setVisible(false));
    }
}
