package org.huzhu.enrolment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberQuery;
import org.huzhu.org.api.MemberView;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/** A clerk looks a member up (name or card number) and reads their cover, to answer them on the phone. */
@Dependent
@Route(value = "member-cover", layout = MainLayout.class)
@Menu(title = "enrolment.nav.memberCover", order = 4.5)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class MemberCoverView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<MemberView> members = new Grid<>();
    final H3 whose = new H3();
    final CoverGrid cover;

    @Inject
    public MemberCoverView(MemberDirectory directory, MemberCover covers, PlanCatalog catalog, OrgTree tree) {
        Map<String, String> unions = tree.visibleUnits().stream()
                .collect(Collectors.toMap(OrgUnitView::code, OrgUnitView::name, (a, b) -> a));
        cover = new CoverGrid("member-cover-grid", this::getTranslation, PlanNames.of(catalog)::name,
                code -> unions.getOrDefault(code, code));
        search.setId("member-cover-search");
        search.setPlaceholder(getTranslation("enrolment.cover.search"));
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> members.setItems(directory.search(new MemberQuery(e.getValue()), 0, 50)));
        members.setId("member-cover-members");
        members.addColumn(MemberView::name).setHeader(getTranslation("enrolment.field.name"));
        members.addColumn(MemberView::idNumberMasked).setHeader(getTranslation("enrolment.field.idNumber"));
        members.addColumn(MemberView::cardNoMasked).setHeader(getTranslation("enrolment.field.cardNo"));
        members.setHeight("16em");
        members.addItemClickListener(e -> {
            whose.setText(e.getItem().name() + "  " + e.getItem().idNumberMasked());
            cover.setItems(covers.enrolments(e.getItem().id()).orElseThrow());
        });
        add(new H2(getTranslation("enrolment.cover.title")), search, members, whose, cover);
    }
}
