package org.huzhu.claims.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.claims.api.Claims;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberQuery;
import org.huzhu.org.api.MemberView;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/** A clerk files a claim for a member: find the member, pick the plan in force, enter the facts, add receipts. */
@Dependent
@Route(value = "claim-filing", layout = MainLayout.class)
@Menu(title = "claims.nav.filing", order = 6)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class ClaimFilingView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<MemberView> members = new Grid<>();
    final ClaimEntry entry;

    @Inject
    public ClaimFilingView(MemberDirectory directory, MemberCover cover, Claims claims, PlanCatalog catalog) {
        entry = new ClaimEntry("claim-entry", claims, catalog, new ClaimWords(this, catalog));
        entry.setVisible(false);
        search.setId("claim-member-search");
        search.setPlaceholder(getTranslation("claims.searchMember"));
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> members.setItems(directory.search(new MemberQuery(e.getValue()), 0, 50)));
        members.setId("claim-members");
        members.addColumn(MemberView::name).setHeader(getTranslation("claims.memberName"));
        members.addColumn(MemberView::idNumberMasked).setHeader(getTranslation("claims.idNumber"));
        members.addColumn(MemberView::cardNoMasked).setHeader(getTranslation("claims.cardNo"));
        members.setHeight("14em");
        members.addItemClickListener(e -> {
            entry.setVisible(true);
            entry.forMember(e.getItem().id(), cover.enrolments(e.getItem().id()).orElseThrow());
        });
        add(new H2(getTranslation("claims.filing.title")), search, members, entry);
    }
}
