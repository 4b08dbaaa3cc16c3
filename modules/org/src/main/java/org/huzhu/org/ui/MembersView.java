package org.huzhu.org.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberQuery;
import org.huzhu.org.api.MemberView;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.tenancy.api.CalendarCoverage;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.CalendarNotice;
import org.huzhu.tenancy.ui.HomeFor;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/** The member registry: a lazy grid (a page at a time, no count) with search by name or card number. */
@Dependent
@Route(value = "members", layout = MainLayout.class)
@Menu(title = "org.nav.members", order = 2)
@HomeFor({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class MembersView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<MemberView> grid = new Grid<>();

    @Inject
    public MembersView(MemberDirectory members, OrgTree tree, CalendarCoverage calendar) {
        Map<Long, String> unitNames = tree.visibleUnits().stream()
                .collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name, (a, b) -> a));
        search.setId("member-search");
        search.setPlaceholder(getTranslation("org.members.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        grid.setId("member-grid");
        addColumn(MemberView::name, "org.members.name");
        addColumn(m -> getTranslation("org.gender." + m.gender().name()), "org.members.gender");
        addColumn(MemberView::idNumberMasked, "org.members.idNumber");
        addColumn(MemberView::cardNoMasked, "org.members.cardNo");
        addColumn(MemberView::phoneMasked, "org.members.phone");
        addColumn(m -> unitNames.getOrDefault(m.orgUnitId(), ""), "org.members.orgUnit");
        addColumn(m -> String.valueOf(m.joinedOn()), "org.members.joinedOn");
        grid.setItems(query -> members.search(new MemberQuery(search.getValue()), query.getOffset(), query.getLimit())
                .stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("org.members.title")), new CalendarNotice(calendar), search, grid);
        setSizeFull();
        grid.setSizeFull();
    }

    private void addColumn(Function<MemberView, String> value, String headerKey) {
        grid.addColumn(value::apply).setHeader(getTranslation(headerKey)).setAutoWidth(true).setResizable(true);
    }
}
