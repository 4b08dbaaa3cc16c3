package org.huzhu.org.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/** The org tree: city office, agency offices and grassroots unions, as far down as the user may see. */
@Dependent
@Route(value = "org-tree", layout = MainLayout.class)
@Menu(title = "org.nav.tree", order = 1)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class OrgTreeView extends VerticalLayout {

    final TreeGrid<OrgUnitView> grid = new TreeGrid<>();

    @Inject
    public OrgTreeView(OrgTree tree) {
        grid.setId("org-tree");
        grid.addHierarchyColumn(OrgUnitView::name).setHeader(getTranslation("org.tree.name")).setAutoWidth(true);
        grid.addColumn(OrgUnitView::code).setHeader(getTranslation("org.tree.code")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("org.kind." + u.kind().name())).setHeader(getTranslation("org.tree.kind"));
        grid.addColumn(u -> u.headcount() == null ? "" : String.valueOf(u.headcount()))
                .setHeader(getTranslation("org.tree.headcount"));
        grid.addColumn(u -> getTranslation("org.status." + u.status().name())).setHeader(getTranslation("org.tree.status"));
        List<OrgUnitView> units = tree.visibleUnits();
        grid.setDataProvider(new TreeDataProvider<>(toTreeData(units)));
        if (!units.isEmpty()) {
            grid.expand(units.get(0));
        }
        add(new H2(getTranslation("org.tree.title")), grid);
        setSizeFull();
        grid.setSizeFull();
    }

    /** Units come parents first, so each unit's parent is already in the tree (or outside the subtree). */
    static TreeData<OrgUnitView> toTreeData(List<OrgUnitView> units) {
        TreeData<OrgUnitView> data = new TreeData<>();
        Map<Long, OrgUnitView> added = new HashMap<>();
        for (OrgUnitView unit : units) {
            data.addItem(unit.parentId() == null ? null : added.get(unit.parentId()), unit);
            added.put(unit.id(), unit);
        }
        return data;
    }
}
